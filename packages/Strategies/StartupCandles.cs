using Trader.Domain;

namespace Trader.Strategies;

/// <summary>
/// How many closed candles a strategy sees, without trading, before its first traded candle (freqtrade's
/// <c>startup_candle_count</c>). The trader warms up on them before its first live candle and the backtester on the
/// candles before <c>--from</c>, so both start trading with the same indicator state: one rule for both.
/// </summary>
public static class StartupCandles
{
    /// <summary>Fewest startup candles, whatever the strategy: enough for short indicators to settle.</summary>
    public const int Minimum = 200;

    /// <summary>
    /// Startup candles for <paramref name="config"/>: at least <see cref="Minimum"/>, and twice what the strategy needs
    /// to be defined (<see cref="StrategyRegistry.WarmupCandles"/>), so exponential averages have forgotten their seed.
    /// </summary>
    /// <exception cref="ConfigException">The type is not registered, or (rules) the params do not compile.</exception>
    public static int For(StrategyConfig config) => Math.Max(Minimum, 2 * StrategyRegistry.WarmupCandles(config));

    /// <summary>
    /// Open time (Unix ms UTC) of the first of <paramref name="candles"/> candles that end right before the candle
    /// opening at <paramref name="firstTradedOpenMs"/>: the startup window is [result, <paramref name="firstTradedOpenMs"/>).
    /// Calendar timeframes (1M) step back month by month.
    /// </summary>
    /// <param name="timeframe">Candle period of the series.</param>
    /// <param name="firstTradedOpenMs">Open time of the first traded candle, Unix ms UTC.</param>
    /// <param name="candles">Startup candles wanted; 0 gives an empty window.</param>
    public static long WindowStartMs(Timeframe timeframe, long firstTradedOpenMs, int candles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candles);
        if (!timeframe.IsCalendar) return firstTradedOpenMs - candles * timeframe.DurationMs;
        long start = firstTradedOpenMs;
        for (int i = 0; i < candles; i++) start = timeframe.FloorMs(start - 1);
        return start;
    }
}
