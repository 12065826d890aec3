using Trader.Domain;
using Trader.Risk.Sizing;
using Trader.Risk.Trades;

namespace Trader.Risk.Tests.Sizing;

public sealed class PositionSizerTests
{
    private static SizingParameters Params(decimal equity = 10_000m, decimal? stop = null, TradeStats? stats = null) =>
        new(equity, 100m, stop, stats ?? new TradeStats());

    private static TradeStats Stats(params decimal[] pnls)
    {
        var stats = new TradeStats();
        foreach (var pnl in pnls) stats.Add(new TradeResult(0, 100m, pnl, ExitReason.Signal, 10_000m));
        return stats;
    }

    [Fact]
    public void Size_Fraction_SpendsThatShareOfEquity()
    {
        var sizer = PositionSizer.FromConfig(new StakeConfig(Fraction: 0.10m));
        Assert.Equal(1_234.5m, sizer.Size(Params(equity: 12_345m)).QuoteAmount);
    }

    [Fact]
    public void Size_FixedQuote_IgnoresEquity()
    {
        var sizer = PositionSizer.FromConfig(new StakeConfig(Quote: 100m));
        Assert.Equal(100m, sizer.Size(Params(equity: 50_000m)).QuoteAmount);
    }

    [Fact]
    public void Size_RiskPerTrade_LosesExactlyTheRiskAtTheStop()
    {
        var sizer = PositionSizer.FromConfig(new StakeConfig(RiskPerTrade: 0.01m));
        var amount = sizer.Size(Params(equity: 10_000m, stop: 0.02m)).QuoteAmount;
        Assert.Equal(5_000m, amount);
        Assert.Equal(100m, amount * 0.02m); // 1 % of equity lost when the 2 % stop is hit
    }

    [Fact]
    public void Size_RiskPerTradeWiderStop_SpendsLess()
    {
        var sizer = new FixedRiskSizer(0.01m);
        Assert.True(sizer.Size(Params(stop: 0.05m)).QuoteAmount < sizer.Size(Params(stop: 0.02m)).QuoteAmount);
    }

    [Fact]
    public void Size_RiskPerTradeWithoutStop_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new FixedRiskSizer(0.01m).Size(Params(stop: null)));
        Assert.Contains("stop_loss", ex.Message);
    }

    [Fact]
    public void Size_KellyBeforeMinTrades_UsesFallbackAndSaysSo()
    {
        var sizer = PositionSizer.FromConfig(new StakeConfig(Fraction: 0.05m, Kelly: 0.5m, KellyMinTrades: 3));
        var result = sizer.Size(Params(stats: Stats(10m, 10m)));
        Assert.Equal(500m, result.QuoteAmount);
        Assert.Contains("fallback (2 of 3 trades)", result.Basis);
    }

    [Fact]
    public void Size_KellyAloneBeforeMinTrades_FallsBackToOnePercent()
    {
        var sizer = PositionSizer.FromConfig(new StakeConfig(Kelly: 1m));
        Assert.Equal(100m, sizer.Size(Params(equity: 10_000m)).QuoteAmount);
    }

    [Fact]
    public void Size_KellyAfterMinTrades_UsesWinRateAndPayoff()
    {
        // 3 wins of +10 %, 1 loss of -5 %: W = 0.75, R = 2, f* = 0.75 - 0.25 / 2 = 0.625; half Kelly = 0.3125.
        var sizer = new KellySizer(0.5m, 4, new FixedQuoteSizer(1m));
        var result = sizer.Size(Params(equity: 10_000m, stats: Stats(10m, 10m, 10m, -5m)));
        Assert.Equal(3_125m, result.QuoteAmount);
    }

    [Fact]
    public void Size_KellyWithNoEdge_GivesZero()
    {
        // W = 0.25, R = 1: f* = 0.25 - 0.75 = -0.5.
        var sizer = new KellySizer(1m, 4, new FixedQuoteSizer(1m));
        Assert.Equal(0m, sizer.Size(Params(stats: Stats(5m, -5m, -5m, -5m))).QuoteAmount);
    }

    [Fact]
    public void FromConfig_NoMode_ThrowsNamingTheKeys()
    {
        var ex = Assert.Throws<ArgumentException>(() => PositionSizer.FromConfig(new StakeConfig()));
        Assert.Contains("stake.fraction", ex.Message);
    }

    [Fact]
    public void FromConfig_TwoBaseModes_Throws()
    {
        Assert.Throws<ArgumentException>(() => PositionSizer.FromConfig(new StakeConfig(Fraction: 0.1m, Quote: 100m)));
    }
}
