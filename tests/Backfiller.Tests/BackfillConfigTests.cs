using Trader.Domain;

namespace Trader.Backfiller.Tests;

public sealed class BackfillConfigTests
{
    [Fact]
    public void Load_ShippedExample_ListsEverySymbolAtEveryTimeframe()
    {
        var plan = BackfillConfig.Load(Path.Combine(Repo.Root, "config", "backfill.yaml"));
        Assert.Equal(4, plan.Series.Count);
        Assert.Contains(plan.Series, s => s.Key.Symbol == "ETH/USDT" && s.Key.Timeframe == Timeframe.M15);
        Assert.All(plan.Series, s => Assert.Equal(TimeText.ParseInstantMs("2024-01-01", "since"), s.SinceMs));
        Assert.Equal(TimeSpan.FromHours(1), plan.Every);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEachWithLine()
    {
        var e = Assert.Throws<ConfigException>(() => BackfillConfig.Parse(
            "exchange: bitstamp\nsymbols: [BTC/USDT, btcusdt]\ntimeframes: 1h, 7h\nsince: soon\nevery: often\n", "b.yaml"));
        Assert.Contains("b.yaml: 5 problems in the backfill config:", e.Message);
        Assert.Contains("b.yaml:1:11: 'exchange' must be one of binance, bybit, sim, got 'bitstamp'", e.Message);
        Assert.Contains("b.yaml:2:21: 'symbols' entry 'btcusdt'", e.Message);
        Assert.Contains("b.yaml:3:13: 'timeframes' entry '7h'", e.Message);
        Assert.Contains("b.yaml:4:8: since: 'soon' is not a time", e.Message);
        Assert.Contains("b.yaml:5:8: every: 'often' is not a duration", e.Message);
    }

    [Fact]
    public void Parse_UntilBeforeSince_ReportsUntil()
    {
        var e = Assert.Throws<ConfigException>(() => BackfillConfig.Parse(
            "exchange: binance\nsymbols: [BTC/USDT]\ntimeframes: [1h]\nsince: 2024-02-01\nuntil: 2024-01-01\n", "b.yaml"));
        Assert.Contains("b.yaml:5:8: 'until' must be after 'since'", e.Message);
    }
}
