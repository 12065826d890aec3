using Trader.Strategies;

namespace Trader.Trader.Run;

/// <summary>Timings of the run loop. (How many candles warm the strategy up is <see cref="StartupCandles"/>, shared with the backtester.)</summary>
/// <param name="MaxWait">Longest local wait before the server clock is sampled again (and a heartbeat written).</param>
/// <param name="CloseGraceMs">Server ms after a candle's close before it is fetched, so the exchange has published it.</param>
/// <param name="StopGrace">How long the step under way may take to finish after a stop request.</param>
/// <param name="MaxBackoff">Longest pause after an exchange or database failure before trying again.</param>
/// <param name="RefusedCandleAsks">How many times a candle the store refused (invalid) is asked for before it is stepped over as a gap.</param>
internal sealed record RunnerOptions(TimeSpan MaxWait, long CloseGraceMs, TimeSpan StopGrace, TimeSpan MaxBackoff, int RefusedCandleAsks)
{
    public static RunnerOptions Default { get; } = new(TimeSpan.FromSeconds(15), 1000, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(60), 3);
}
