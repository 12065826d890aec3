using Trader.Strategies.BollingerReversion;
using Trader.Domain;

namespace Trader.Strategies.Tests.BollingerReversion;

public sealed class BollingerReversionStrategyTests
{
    [Fact]
    public void OnCandle_CloseBelowLowerBandThenBackAtMiddle_EntersThenExits()
    {
        // Bands(3, 1): index 2 window 10,10,10 (close on the middle: exit level); index 3 window 10,10,7:
        // middle 9, population sd 1.41421, lower 7.58579 > close 7; index 4 window 10,7,9: middle 8.66667 <= close 9.
        var strategy = new BollingerReversionStrategy(new BollingerReversionParams(3, 1));

        var fired = Bars.Fired(Bars.Run(strategy, Bars.FromCloses(10, 10, 10, 7, 9)));

        Assert.Equal(
            [
                (2, SignalKind.Exit, "close 10 >= middle band 10"),
                (3, SignalKind.Enter, "close 7 < lower band 7.58579"),
                (4, SignalKind.Exit, "close 9 >= middle band 8.66667"),
            ],
            fired);
    }

    [Fact]
    public void OnCandle_BeforeTheBandsExist_NeverSignals()
    {
        var parameters = new BollingerReversionParams(3, 1);

        var signals = Bars.Run(new BollingerReversionStrategy(parameters), Bars.FromCloses(10, 1));

        Assert.All(signals, s => Assert.Equal(SignalKind.None, s.Kind));
        Assert.Equal(3, parameters.WarmupCandles());
    }
}
