-- Exchange request metrics per instance (IExchangeStatsStore), PostgreSQL dialect of Migrations/Sqlite/0007_exchange_stats.sql.
CREATE TABLE exchange_request_stats (
    instance   text NOT NULL,
    method     text NOT NULL,
    requests   bigint NOT NULL,
    errors     bigint NOT NULL,
    seconds    double precision NOT NULL,
    updated_ms bigint NOT NULL,
    PRIMARY KEY (instance, method)
);

CREATE TABLE exchange_rate_budget (
    instance   text NOT NULL PRIMARY KEY,
    used       integer NOT NULL,
    budget     integer NOT NULL,
    updated_ms bigint NOT NULL
);
