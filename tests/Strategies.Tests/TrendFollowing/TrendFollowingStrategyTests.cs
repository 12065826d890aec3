using Trader.Strategies.TrendFollowing;
using Trader.Domain;

namespace Trader.Strategies.Tests.TrendFollowing;

public sealed class TrendFollowingStrategyTests
{
    // Closes 10, 11, 12 with high/low +-0.5: true range 1.5 from index 1, ATR(2) 1.5 at index 2; Supertrend starts
    // bullish with its lower band at hl2 - ATR = 10.5; EMA(3) is seeded at 11. Index 3 falls to 8 (high 12.5, low 7.5):
    // the close is through the lower band, the trend turns down, upper band min(13.5, 10 + ATR 3.25) = 13.25.
    private static Candle[] Series() =>
    [
        .. Bars.WithRange(0.5, 10, 11, 12),
        new Candle(Bars.WithRange(0.5, 10, 11, 12)[2].OpenTimeMs + 3_600_000L, 12, 12.5, 7.5, 8, 1),
    ];

    [Fact]
    public void OnCandle_UptrendAboveEmaThenBreakdown_EntersAtWarmupAndExitsOnTheTurn()
    {
        var parameters = new TrendFollowingParams(EmaPeriod: 3, AtrPeriod: 2, AtrMultiplier: 1, AdxPeriod: 2, AdxThreshold: 0);

        var fired = Bars.Fired(Bars.Run(new TrendFollowingStrategy(parameters), Series()));

        Assert.Equal(
            [
                (2, SignalKind.Enter, "close 12 > ema3 11, supertrend up (band 10.5)"),
                (3, SignalKind.Exit, "supertrend down: close 8, band 13.25"),
            ],
            fired);
        Assert.Equal(parameters.WarmupCandles(), fired[0].Index + 1);
    }

    [Fact]
    public void OnCandle_AdxFilterOn_WaitsForAdxThenEnters()
    {
        // A clean uptrend: +DM 1, -DM 0 each candle, so DX = ADX = 100 once ADX(2) exists at index 3.
        var parameters = new TrendFollowingParams(EmaPeriod: 3, AtrPeriod: 2, AtrMultiplier: 1, AdxPeriod: 2, AdxThreshold: 20);

        var fired = Bars.Fired(Bars.Run(new TrendFollowingStrategy(parameters), Bars.WithRange(0.5, 10, 11, 12, 13)));

        Assert.Equal(3, fired[0].Index);
        Assert.Equal(SignalKind.Enter, fired[0].Kind);
        Assert.EndsWith(", adx 100 > 20", fired[0].Reason);
        Assert.Equal(parameters.WarmupCandles(), fired[0].Index + 1);
    }

    [Fact]
    public void OnCandle_CloseBelowEma_DoesNotEnter()
    {
        // Bullish Supertrend but the close (11.8) sits below EMA(3) of 12, 12.5, 11.8 = 12.1.
        var parameters = new TrendFollowingParams(EmaPeriod: 3, AtrPeriod: 2, AtrMultiplier: 5, AdxPeriod: 2, AdxThreshold: 0);

        var fired = Bars.Fired(Bars.Run(new TrendFollowingStrategy(parameters), Bars.WithRange(0.5, 12, 12.5, 11.8)));

        Assert.Empty(fired);
    }
}
