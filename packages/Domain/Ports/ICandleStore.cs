
namespace Trader.Domain;

/// <summary>Stored OHLCV history, keyed by series and open time. Times are Unix ms UTC.</summary>
public interface ICandleStore
{
    /// <summary>
    /// Validates <paramref name="candles"/> and inserts or replaces the good ones (idempotent: writing the same
    /// candle twice leaves one row). Bad candles are returned with reasons; the good ones in the same batch still land.
    /// </summary>
    Task<CandleUpsertResult> UpsertAsync(SeriesKey series, IReadOnlyList<Candle> candles, CancellationToken ct);

    /// <summary>Candles with <paramref name="fromMs"/> &lt;= open time &lt; <paramref name="toMs"/>, oldest first.</summary>
    Task<IReadOnlyList<Candle>> ReadRangeAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct);

    /// <summary>
    /// The same candles as <see cref="ReadRangeAsync"/>, in one array of exactly that length: the bulk read of a backtest,
    /// which hands the array to the engine as it is (no list, no copy, 48 bytes per candle).
    /// </summary>
    Task<Candle[]> ReadArrayAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct);

    /// <summary>
    /// The same candles as <see cref="ReadRangeAsync"/>, in order, in chunks: the read of a single backtest, which replays
    /// each chunk while the next is read and never holds the whole range. A chunk is the consumer's until it asks for
    /// the next one (its memory is then reused); stopping early stops the read.
    /// </summary>
    IAsyncEnumerable<ReadOnlyMemory<Candle>> StreamAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct);

    /// <summary>Open time of the oldest stored candle, or null when the series is empty.</summary>
    Task<long?> EarliestOpenTimeAsync(SeriesKey series, CancellationToken ct);

    /// <summary>Open time of the newest stored candle, or null when the series is empty.</summary>
    Task<long?> LatestOpenTimeAsync(SeriesKey series, CancellationToken ct);

    /// <summary>
    /// Runs of missing candles between <paramref name="fromMs"/> (inclusive) and <paramref name="toMs"/> (exclusive),
    /// oldest first. Holes (open times the exchange confirmed it has no candle for, <see cref="RecordHolesAsync"/>) are
    /// not missing: nothing would fill them.
    /// </summary>
    Task<IReadOnlyList<OpenTimeRange>> FindGapsAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct);

    /// <summary>
    /// Remembers runs of open times the exchange was asked for and confirmed empty (no trades in a minute, an outage), so
    /// they are not asked for again. Recording a run twice, or runs that overlap, is harmless.
    /// </summary>
    Task RecordHolesAsync(SeriesKey series, IReadOnlyList<OpenTimeRange> holes, CancellationToken ct);

    /// <summary>The recorded holes that meet <c>[fromMs, toMs)</c>, clipped to it, oldest first.</summary>
    Task<IReadOnlyList<OpenTimeRange>> FindHolesAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct);
}
