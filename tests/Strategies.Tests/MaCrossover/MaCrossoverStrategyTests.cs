using Trader.Strategies.MaCrossover;
using Trader.Domain;

namespace Trader.Strategies.Tests.MaCrossover;

public sealed class MaCrossoverStrategyTests
{
    // SMA2 - SMA3 from index 2: 0, -0.17 (leaving equality downward at 3 is a cross: the first candle with both
    // averages twice, slow + 1 = 4), -0.5, -0.17, +0.67 (cross up at 6), +0.83, 0 (touch at 8), -1 (cross down at 9).
    private static readonly double[] Closes = [10, 10, 10, 9, 8, 9, 11, 12, 10, 8];

    [Fact]
    public void OnCandle_SmaCrosses_EnterAndExitOnTheCrossingCandles()
    {
        var strategy = new MaCrossoverStrategy(new MaCrossoverParams(MovingAverageKind.Sma, 2, 3));

        var fired = Bars.Fired(Bars.Run(strategy, Bars.FromCloses(Closes)));

        Assert.Equal(
            [
                (3, SignalKind.Exit, "sma2 9.5 crossed below sma3 9.66667"),
                (6, SignalKind.Enter, "sma2 10 crossed above sma3 9.33333"),
                (9, SignalKind.Exit, "sma2 9 crossed below sma3 10"),
            ],
            fired);
    }

    [Fact]
    public void OnCandle_Ema_CrossesEarlierThanSma()
    {
        // EMA2 - EMA3 from index 2: 0, -0.17 (cross down at 3), -0.31, -0.06, +0.33 (cross up at 6), +0.46, -0.0098 (cross down at 8,
        // one candle before the SMAs, which only touch there).
        var strategy = new MaCrossoverStrategy(new MaCrossoverParams(MovingAverageKind.Ema, 2, 3));

        var fired = Bars.Fired(Bars.Run(strategy, Bars.FromCloses(Closes)));

        Assert.Equal(
            [
                (3, SignalKind.Exit, "ema2 9.33333 crossed below ema3 9.5"),
                (6, SignalKind.Enter, "ema2 10.2716 crossed above ema3 9.9375"),
                (8, SignalKind.Exit, "ema2 10.4746 crossed below ema3 10.4844"),
            ],
            fired);
    }
}
