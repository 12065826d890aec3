using Trader.Strategies.Macd;
using Trader.Domain;

namespace Trader.Strategies.Tests.Macd;

public sealed class MacdStrategyTests
{
    // MACD(2, 3, 2): flat at 0/0 until index 3; index 4 macd -0.1667 < signal -0.1111 (cross down);
    // index 7 macd -0.1103 > signal -0.1878 after -0.3935 <= -0.3426 (cross up); index 11 back below.
    private static readonly double[] Closes = [10, 10, 10, 10, 9, 8, 7, 8, 9, 10, 11, 10, 9, 8];

    [Fact]
    public void OnCandle_SignalLineCrosses_ExitAndEnterOnTheCrossingCandles()
    {
        var fired = Bars.Fired(Bars.Run(new MacdStrategy(new MacdParams(2, 3, 2)), Bars.FromCloses(Closes)));

        Assert.Equal(
            [
                (4, SignalKind.Exit, "macd -0.166667 crossed below signal -0.111111"),
                (7, SignalKind.Enter, "macd -0.11034 crossed above signal -0.187757"),
                (11, SignalKind.Exit, "macd 0.112112 crossed below signal 0.186018"),
            ],
            fired);
    }

    [Fact]
    public void OnCandle_FirstCross_IsAtWarmupCandle()
    {
        var parameters = new MacdParams(2, 3, 2);

        var signals = Bars.Run(new MacdStrategy(parameters), Bars.FromCloses(Closes));

        Assert.Equal(parameters.WarmupCandles(), Array.FindIndex(signals, s => s.Kind != SignalKind.None) + 1);
    }
}
