using Trader.Domain;

namespace Trader.Database.Stores.Sql;

/// <summary>The <c>candle_holes</c> statements, the same text on SQLite and PostgreSQL; the series by its names.</summary>
internal static class CandleHoleSql
{
    private const string SeriesWhere = "s.exchange = @Exchange AND s.symbol = @Symbol AND s.timeframe = @Timeframe";

    // A run starting where one is already recorded keeps the longer end; the series exists once its candles do.
    public const string Record =
        $"""
        INSERT INTO candle_holes (series_id, from_ms, to_ms) SELECT s.id, @FromMs, @ToMs FROM series s WHERE {SeriesWhere}
        ON CONFLICT (series_id, from_ms) DO UPDATE SET to_ms = CASE WHEN excluded.to_ms > candle_holes.to_ms THEN excluded.to_ms ELSE candle_holes.to_ms END
        """;

    public const string Meeting =
        $"""
        SELECT h.from_ms AS FromMs, h.to_ms AS ToMs FROM candle_holes h JOIN series s ON s.id = h.series_id
        WHERE {SeriesWhere} AND h.to_ms > @FromMs AND h.from_ms < @ToMs ORDER BY h.from_ms
        """;

    /// <summary>Parameters of <see cref="Record"/> for one run.</summary>
    public static object Row(SeriesKey series, OpenTimeRange hole) =>
        new { series.Exchange, series.Symbol, Timeframe = series.Timeframe.ToString(), FromMs = hole.FirstOpenMs, ToMs = hole.EndMs };

    /// <summary>Parameters of <see cref="Meeting"/>.</summary>
    public static object Range(SeriesKey series, long fromMs, long toMs) =>
        new { series.Exchange, series.Symbol, Timeframe = series.Timeframe.ToString(), FromMs = fromMs, ToMs = toMs };

    /// <summary>The rows read by <see cref="Meeting"/>, clipped to the range asked for.</summary>
    public static IReadOnlyList<OpenTimeRange> Clip(IEnumerable<(long FromMs, long ToMs)> rows, long fromMs, long toMs) =>
        [.. rows.Select(r => new OpenTimeRange(Math.Max(r.FromMs, fromMs), Math.Min(r.ToMs, toMs)))];
}
