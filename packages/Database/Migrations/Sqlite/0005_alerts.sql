-- The alert outbox (IAlertStore): events written by the process that saw them, idempotently by key, and the record of
-- each delivery per channel, so the notifier sends every alert to every channel and knows what it sent.
CREATE TABLE alerts (
    seq        INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    instance   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    time_ms    INTEGER NOT NULL,
    text       TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);

CREATE TABLE alert_deliveries (
    alert_seq INTEGER NOT NULL REFERENCES alerts (seq),
    channel   TEXT NOT NULL,
    time_ms   INTEGER NOT NULL,
    outcome   TEXT NOT NULL,
    PRIMARY KEY (alert_seq, channel)
) WITHOUT ROWID;
