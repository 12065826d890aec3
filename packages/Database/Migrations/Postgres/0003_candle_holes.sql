-- Holes, PostgreSQL dialect of Migrations/Sqlite/0003_candle_holes.sql.
CREATE TABLE candle_holes (
    series_id integer NOT NULL REFERENCES series (id),
    from_ms   bigint NOT NULL,
    to_ms     bigint NOT NULL,
    PRIMARY KEY (series_id, from_ms)
);
