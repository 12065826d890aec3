using Trader.Strategies.RsiMacd;
using Trader.Domain;

namespace Trader.Strategies.Tests.RsiMacd;

public sealed class RsiMacdStrategyTests
{
    // RSI(2): 100, 100, 0, 0, 0, 53.3, 77.4, 88.9, ... from index 2; MACD(2, 3, 2) crosses down at 4, up at 7.
    private static readonly double[] Closes = [10, 10, 10, 10, 9, 8, 7, 8, 9, 10, 11, 10, 9, 8];

    [Fact]
    public void OnCandle_OversoldRsiWithBullishCross_EntersThenRsiOverboughtExits()
    {
        var strategy = new RsiMacdStrategy(new RsiMacdParams(2, 60, 70, 2, 3, 2));

        var fired = Bars.Fired(Bars.Run(strategy, Bars.FromCloses(Closes)));

        Assert.Equal((7, SignalKind.Enter, "rsi 53.3333 < 60 and macd -0.11034 crossed above signal -0.187757"), fired.Single(f => f.Kind == SignalKind.Enter));
        Assert.Equal((8, SignalKind.Exit, "rsi 77.4194 > 70"), fired.First(f => f.Index > 7));
    }

    [Fact]
    public void OnCandle_RsiOverboughtBeforeMacdIsWarm_ExitsAlready()
    {
        // Like the rules restatement: 'rsi > 70 or <undefined cross>' holds, so the exit fires at index 2.
        var fired = Bars.Fired(Bars.Run(new RsiMacdStrategy(new RsiMacdParams(2, 30, 70, 2, 3, 2)), Bars.FromCloses(Closes)));

        Assert.Equal((2, SignalKind.Exit, "rsi 100 > 70"), fired[0]);
        Assert.Equal((4, SignalKind.Exit, "macd -0.166667 crossed below signal -0.111111"), fired[2]);
    }

    [Fact]
    public void OnCandle_BullishCrossWithoutOversoldRsi_DoesNotEnter()
    {
        // Oversold 30: at the cross (index 7) RSI is 53.3.
        var fired = Bars.Fired(Bars.Run(new RsiMacdStrategy(new RsiMacdParams(2, 30, 70, 2, 3, 2)), Bars.FromCloses(Closes)));

        Assert.DoesNotContain(fired, f => f.Kind == SignalKind.Enter);
    }
}
