using Trader.Domain;
using Trader.Strategies;

namespace Trader.Strategies.Tests;

/// <summary>A candle that fires nothing allocates nothing: only a fired signal's reason text costs memory.</summary>
public sealed class AllocationTests
{
    [Theory]
    [MemberData(nameof(TruncationTests.Types), MemberType = typeof(TruncationTests))]
    public void OnCandle_NoSignal_AllocatesNothing(string type)
    {
        var strategy = StrategyRegistry.Create(TruncationTests.Config(type));
        var candles = RandomWalk.Generate(5, Timeframe.H1, 0, 4000, volatility: 0.01);
        foreach (var candle in candles.AsSpan(0, 2000)) strategy.OnCandle(candle);

        int quiet = 0;
        foreach (var candle in candles.AsSpan(2000))
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var signal = strategy.OnCandle(candle);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (signal.Kind != SignalKind.None) continue;
            quiet++;
            Assert.True(allocated == 0, $"{type}: {allocated} bytes allocated on a candle without a signal");
        }
        Assert.True(quiet > 100, $"{type}: only {quiet} quiet candles");
    }
}
