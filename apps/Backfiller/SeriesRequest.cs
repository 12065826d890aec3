using Trader.Domain;
using Trader.Strategies;

namespace Trader.Backfiller;

/// <summary>One series to bring up to date.</summary>
/// <param name="Key">Exchange, symbol, timeframe.</param>
/// <param name="SinceMs">First open time wanted, Unix ms UTC (inclusive; rounded up to the timeframe), or null for the forming candle's open (by the exchange's time).</param>
/// <param name="UntilMs">End, Unix ms UTC (exclusive), or null for "up to the last closed candle".</param>
/// <param name="WarmupCandles">
/// Startup candles (<see cref="StartupCandles.For"/>) wanted before <paramref name="SinceMs"/>: the range starts that many
/// candles earlier, so a backtest from <paramref name="SinceMs"/> (or a trader starting now) warms up on stored candles. 0 = none.
/// </param>
public sealed record SeriesRequest(SeriesKey Key, long? SinceMs, long? UntilMs, int WarmupCandles = 0)
{
    /// <summary>The first open time to fetch, given the exchange's time now (Unix ms UTC).</summary>
    public long StartMs(long serverNowMs)
    {
        var tf = Key.Timeframe;
        // Without a start, the warm-up ends at the forming candle, where a trader starting now makes its first decision.
        long start = SinceMs is { } since ? tf.CeilingMs(since) : tf.FloorMs(serverNowMs);
        return StartupCandles.WindowStartMs(tf, start, WarmupCandles);
    }
}
