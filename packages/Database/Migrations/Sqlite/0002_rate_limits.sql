-- Shared request budgets (IRateLimitStore): the weight used per bucket (exchange account) and fixed window.
-- Rows of past windows are deleted as new ones start, so the table stays a few rows per account.
CREATE TABLE rate_limit_windows (
    bucket          TEXT NOT NULL,
    window_start_ms INTEGER NOT NULL,
    used            INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start_ms)
) WITHOUT ROWID;
