using Trader.Domain;
using Trader.Hosting.Config;

namespace Trader.Backfiller.Tests;

// The file's rules and messages are the shared loader's (tests/Hosting.Tests/Config/BackfillConfigLoaderTests.cs);
// here: what the backfiller makes of the file.
public sealed class BackfillConfigTests
{
    [Fact]
    public void Load_ShippedExample_ListsEverySymbolAtEveryTimeframe()
    {
        var plan = BackfillPlan.From(BackfillConfigLoader.Load(Path.Combine(Repo.Root, "config", "backfill.yaml")));
        Assert.Equal(4, plan.Series.Count);
        Assert.Contains(plan.Series, s => s.Key.Symbol == "ETH/USDT" && s.Key.Timeframe == Timeframe.M15);
        Assert.All(plan.Series, s => Assert.Equal(TimeText.ParseInstantMs("2024-01-01", "since"), s.SinceMs));
        Assert.Equal(TimeSpan.FromHours(1), plan.Every);
    }

    [Fact]
    public void From_Config_CrossesSymbolsAndTimeframesWithTheSameRange()
    {
        var config = BackfillConfigLoader.Parse("exchange: sim\nsymbols: BTC/USDT, ETH/USDT\ntimeframes: [1h, 4h, 1d]\nsince: 1000\nuntil: 2000\n", "b.yaml");

        var plan = BackfillPlan.From(config);

        Assert.Equal(6, plan.Series.Count);
        Assert.All(plan.Series, s => Assert.Equal(("sim", 1000L, (long?)2000L), (s.Key.Exchange, s.SinceMs, s.UntilMs)));
        Assert.Null(plan.Every);
    }
}
