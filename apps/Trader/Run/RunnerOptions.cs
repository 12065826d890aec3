using Trader.Core.Config;
using Trader.Core.Strategies;

namespace Trader.App.Run;

/// <summary>Timings and sizes of the run loop.</summary>
/// <param name="WarmupCandles">Candles fed to the strategy (not traded) before the first traded candle.</param>
/// <param name="MaxWait">Longest local wait before the server clock is sampled again (and a heartbeat written).</param>
/// <param name="CloseGraceMs">Server ms after a candle's close before it is fetched, so the exchange has published it.</param>
/// <param name="StopGrace">How long the step under way may take to finish after a stop request.</param>
/// <param name="MaxBackoff">Longest pause after an exchange or database failure before trying again.</param>
internal sealed record RunnerOptions(int WarmupCandles, TimeSpan MaxWait, long CloseGraceMs, TimeSpan StopGrace, TimeSpan MaxBackoff)
{
    /// <summary>
    /// Candles fed to <paramref name="strategy"/> before its first traded candle: at least <see cref="WarmupCandles"/>,
    /// and twice what the strategy needs to be ready, so exponential averages have forgotten their seed.
    /// </summary>
    public int WarmupFor(StrategyConfig strategy) => Math.Max(WarmupCandles, 2 * StrategyRegistry.WarmupCandles(strategy));

    public static RunnerOptions Default { get; } = new(200, TimeSpan.FromSeconds(15), 1000, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(60));
}
