-- Initial schema. Times are Unix milliseconds UTC (INTEGER); market data is REAL; money is TEXT holding
-- an exact decimal (see docs/database.md). Forward-only: never edit a shipped migration, add the next one.

-- One row per candle series; candles refer to it by a small integer so each candle row stays compact.
CREATE TABLE series (
    id        INTEGER PRIMARY KEY,
    exchange  TEXT NOT NULL,
    symbol    TEXT NOT NULL,
    timeframe TEXT NOT NULL,
    UNIQUE (exchange, symbol, timeframe)
);

-- Keyed by (series = exchange, symbol, timeframe) and open time; WITHOUT ROWID stores rows in key order
-- inside the primary-key b-tree, so a range read is one sequential scan and there is no second index.
CREATE TABLE candles (
    series_id INTEGER NOT NULL REFERENCES series (id),
    open_time INTEGER NOT NULL,
    open      REAL NOT NULL,
    high      REAL NOT NULL,
    low       REAL NOT NULL,
    close     REAL NOT NULL,
    volume    REAL NOT NULL,
    PRIMARY KEY (series_id, open_time)
) WITHOUT ROWID;

-- The candles with their series spelled out, for people using the sqlite3 shell.
CREATE VIEW candle_rows AS
SELECT s.exchange, s.symbol, s.timeframe, c.open_time, c.open, c.high, c.low, c.close, c.volume
FROM candles c JOIN series s ON s.id = c.series_id;

CREATE TABLE instances (
    name         TEXT PRIMARY KEY,
    config_hash  TEXT NOT NULL,
    mode         TEXT NOT NULL,
    exchange     TEXT NOT NULL,
    symbol       TEXT NOT NULL,
    timeframe    TEXT NOT NULL,
    version      TEXT NOT NULL,
    started_ms   INTEGER NOT NULL,
    heartbeat_ms INTEGER NOT NULL,
    stopped_ms   INTEGER,
    status       TEXT NOT NULL
);

CREATE TABLE orders (
    client_order_id   TEXT PRIMARY KEY,
    exchange_order_id TEXT,
    instance          TEXT NOT NULL,
    exchange          TEXT NOT NULL,
    symbol            TEXT NOT NULL,
    side              TEXT NOT NULL,
    type              TEXT NOT NULL,
    status            TEXT NOT NULL,
    price             TEXT,
    amount            TEXT NOT NULL,
    filled            TEXT NOT NULL,
    average           TEXT,
    fee               TEXT NOT NULL,
    fee_currency      TEXT,
    created_ms        INTEGER NOT NULL,
    updated_ms        INTEGER NOT NULL,
    reason            TEXT
);
CREATE INDEX orders_by_instance ON orders (instance, status, created_ms);

CREATE TABLE fills (
    client_order_id TEXT NOT NULL REFERENCES orders (client_order_id),
    fill_id         TEXT NOT NULL,
    symbol          TEXT NOT NULL,
    side            TEXT NOT NULL,
    price           TEXT NOT NULL,
    amount          TEXT NOT NULL,
    fee             TEXT NOT NULL,
    fee_currency    TEXT NOT NULL,
    time_ms         INTEGER NOT NULL,
    PRIMARY KEY (client_order_id, fill_id)
) WITHOUT ROWID;

CREATE TABLE trades (
    id                    INTEGER PRIMARY KEY,
    instance              TEXT NOT NULL,
    symbol                TEXT NOT NULL,
    side                  TEXT NOT NULL,
    amount                TEXT NOT NULL,
    entry_time_ms         INTEGER NOT NULL,
    entry_price           TEXT NOT NULL,
    entry_client_order_id TEXT,
    is_open               INTEGER NOT NULL CHECK (is_open IN (0, 1)),
    exit_time_ms          INTEGER,
    exit_price            TEXT,
    exit_client_order_id  TEXT,
    fees                  TEXT,
    pnl                   TEXT,
    exit_reason           TEXT
);
CREATE INDEX trades_by_instance ON trades (instance, is_open, entry_time_ms);

CREATE TABLE equity_snapshots (
    instance       TEXT NOT NULL,
    time_ms        INTEGER NOT NULL,
    equity         TEXT NOT NULL,
    cash           TEXT NOT NULL,
    position_value TEXT NOT NULL,
    PRIMARY KEY (instance, time_ms)
) WITHOUT ROWID;

CREATE TABLE backtest_runs (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    config_hash  TEXT NOT NULL,
    config_text  TEXT NOT NULL,
    exchange     TEXT NOT NULL,
    symbol       TEXT NOT NULL,
    timeframe    TEXT NOT NULL,
    from_ms      INTEGER NOT NULL,
    to_ms        INTEGER NOT NULL,
    created_ms   INTEGER NOT NULL,
    metrics_json TEXT NOT NULL CHECK (json_valid(metrics_json))
);
CREATE INDEX backtest_runs_by_name ON backtest_runs (name, created_ms);
