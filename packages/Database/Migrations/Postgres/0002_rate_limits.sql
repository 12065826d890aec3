-- Shared request budgets (IRateLimitStore), PostgreSQL dialect of Migrations/Sqlite/0002_rate_limits.sql.
CREATE TABLE rate_limit_windows (
    bucket          text NOT NULL,
    window_start_ms bigint NOT NULL,
    used            integer NOT NULL,
    PRIMARY KEY (bucket, window_start_ms)
);
