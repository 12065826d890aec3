-- Exchange request metrics per instance (IExchangeStatsStore): totals per method since the instance first ran, added
-- to by its trader at every heartbeat, and its rate-limit budget use at the last one. Read by the dashboard's /metrics.
CREATE TABLE exchange_request_stats (
    instance   TEXT NOT NULL,
    method     TEXT NOT NULL,
    requests   INTEGER NOT NULL,
    errors     INTEGER NOT NULL,
    seconds    REAL NOT NULL,
    updated_ms INTEGER NOT NULL,
    PRIMARY KEY (instance, method)
) WITHOUT ROWID;

CREATE TABLE exchange_rate_budget (
    instance   TEXT NOT NULL PRIMARY KEY,
    used       INTEGER NOT NULL,
    budget     INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
) WITHOUT ROWID;
