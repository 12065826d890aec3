using Trader.Core.Domain;

namespace Trader.Backfiller;

/// <summary>One series to bring up to date.</summary>
/// <param name="Key">Exchange, symbol, timeframe.</param>
/// <param name="SinceMs">First open time wanted, Unix ms UTC (inclusive; rounded up to the timeframe), or null for the forming candle's open (by the exchange's time).</param>
/// <param name="UntilMs">End, Unix ms UTC (exclusive), or null for "up to the last closed candle".</param>
/// <param name="WarmupCandles">
/// Closed candles a strategy needs before it can decide (its warm-up): the range starts
/// <c>WarmupCandles - 1</c> candles before <paramref name="SinceMs"/>, so the strategy can decide at the first candle after it. 0 = none.
/// </param>
public sealed record SeriesRequest(SeriesKey Key, long? SinceMs, long? UntilMs, int WarmupCandles = 0)
{
    /// <summary>The first open time to fetch, given the exchange's time now (Unix ms UTC).</summary>
    public long StartMs(long serverNowMs)
    {
        var tf = Key.Timeframe;
        // Without a start, the warm-up ends at the forming candle, where a trader starting now makes its first decision.
        long start = SinceMs is { } since ? tf.CeilingMs(since) : tf.FloorMs(serverNowMs);
        // Stepping one open at a time keeps calendar months right; warm-ups are hundreds of candles at most.
        for (int i = 1; i < WarmupCandles; i++) start = tf.FloorMs(start - 1);
        return start;
    }
}
