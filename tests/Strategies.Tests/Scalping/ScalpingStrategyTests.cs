using Trader.Strategies.Scalping;
using Trader.Domain;

namespace Trader.Strategies.Tests.Scalping;

public sealed class ScalpingStrategyTests
{
    private static ScalpingParams Params(int maxHold = 2) =>
        new(RsiPeriod: 2, Oversold: 25, Overbought: 75, BandPeriod: 3, BandStdDev: 1, MaxHoldCandles: maxHold);

    [Fact]
    public void OnCandle_DipBelowBandWithLowRsi_EntersThenTimeBoxExits()
    {
        // Index 3: bands(3, 1) of 10,10,7 -> lower 7.58579 > close 7; RSI(2) 0. The next closes stay under the
        // middle band and RSI stays 0, so the exit is the time box, 2 candles after the entry candle.
        var fired = Bars.Fired(Bars.Run(new ScalpingStrategy(Params()), Bars.FromCloses(10, 10, 10, 7, 6.5, 6.4)));

        Assert.Equal(
            [
                (3, SignalKind.Enter, "close 7 < lower band 7.58579 and rsi 0 < 25"),
                (5, SignalKind.Exit, "held 2 candles (max 2)"),
            ],
            fired);
    }

    [Fact]
    public void OnCandle_ReboundToMiddleBand_ExitsBeforeTheTimeBox()
    {
        // Index 4: bands of 10,7,9 -> middle 8.66667 <= close 9.
        var fired = Bars.Fired(Bars.Run(new ScalpingStrategy(Params(maxHold: 10)), Bars.FromCloses(10, 10, 10, 7, 9)));

        Assert.Equal((4, SignalKind.Exit, "close 9 >= middle band 8.66667"), fired[^1]);
    }

    [Fact]
    public void OnCandle_WhileHolding_DoesNotEnterAgainButDoesAfterExit()
    {
        // Index 4 is again below its lower band with RSI 0, but the strategy holds; after the time-box exit at 5
        // the dip at index 6 (window 6.5, 6.4, 6: lower 6.08 > close 6) enters again.
        var fired = Bars.Fired(Bars.Run(new ScalpingStrategy(Params()), Bars.FromCloses(10, 10, 10, 7, 6.5, 6.4, 6)));

        Assert.Equal([3, 5, 6], fired.Select(f => f.Index));
        Assert.Equal([SignalKind.Enter, SignalKind.Exit, SignalKind.Enter], fired.Select(f => f.Kind));
    }
}
