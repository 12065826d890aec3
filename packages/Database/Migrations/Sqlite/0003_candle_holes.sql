-- Holes (ICandleStore.RecordHolesAsync): runs of open times [from_ms, to_ms) the exchange confirmed it has no candle
-- for, so the backfiller and the trader do not ask for them again and reports tell them from missing history.
CREATE TABLE candle_holes (
    series_id INTEGER NOT NULL REFERENCES series (id),
    from_ms   INTEGER NOT NULL,
    to_ms     INTEGER NOT NULL,
    PRIMARY KEY (series_id, from_ms)
) WITHOUT ROWID;
