-- Operator commands (IControlStore): written by the CLI, the dashboard or Telegram, taken once by their instance,
-- which records when, before which candle (so a replay of its history applies them at the same point) and the result.
CREATE TABLE control_commands (
    seq               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    instance          TEXT NOT NULL,
    action            TEXT NOT NULL,
    issued_by         TEXT NOT NULL,
    issued_ms         INTEGER NOT NULL,
    status            TEXT NOT NULL,
    applied_ms        INTEGER,
    effective_open_ms INTEGER,
    result            TEXT
);
CREATE INDEX control_commands_by_instance ON control_commands (instance, status, seq);
