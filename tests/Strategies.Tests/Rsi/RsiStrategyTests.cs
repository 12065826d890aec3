using Trader.Strategies.Rsi;
using Trader.Domain;

namespace Trader.Strategies.Tests.Rsi;

public sealed class RsiStrategyTests
{
    // RSI(2), Wilder: index 2 -> 0, 3 -> 0, 4 -> 50, 5 -> 75, 6 -> 87.5, 7 -> 93.75, 8 -> 46.875.
    private static readonly double[] Closes = [10, 9, 8, 7, 8, 9, 10, 11, 10, 9];

    [Fact]
    public void OnCandle_RecoveryFromOversoldThenDropFromOverbought_EntersAndExitsOnTheCrossingCandles()
    {
        var fired = Bars.Fired(Bars.Run(new RsiStrategy(new RsiParams(2, 30, 70)), Bars.FromCloses(Closes)));

        Assert.Equal(
            [
                (4, SignalKind.Enter, "rsi 50 crossed above 30 (was 0)"),
                (8, SignalKind.Exit, "rsi 46.875 crossed below 70 (was 93.75)"),
            ],
            fired);
    }

    [Fact]
    public void OnCandle_RsiTouchesTheLevel_IsNotACross()
    {
        // Oversold 50: RSI 0, 0, then exactly 50 at index 4 (a touch), 75 at index 5 (the cross).
        var fired = Bars.Fired(Bars.Run(new RsiStrategy(new RsiParams(2, 50, 90)), Bars.FromCloses(Closes)));

        Assert.Equal((5, SignalKind.Enter, "rsi 75 crossed above 50 (was 50)"), fired[0]);
    }

    [Fact]
    public void OnCandle_FirstPossibleCross_IsAtWarmupCandle()
    {
        // RSI(2) is 0 at index 2 and 50 at index 3 (1-based candle 4 = period + 2).
        var candles = Bars.FromCloses(10, 9, 8, 9);
        var parameters = new RsiParams(2, 30, 70);

        var signals = Bars.Run(new RsiStrategy(parameters), candles);

        Assert.Equal(parameters.WarmupCandles(), Array.FindIndex(signals, s => s.Kind != SignalKind.None) + 1);
    }
}
