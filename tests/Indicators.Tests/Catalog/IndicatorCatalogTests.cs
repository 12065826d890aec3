using Trader.Indicators.Catalog;
using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class IndicatorCatalogTests
{
    public static TheoryData<string> PartANames() =>
    [
        "sma", "ema", "wma", "dema", "tema", "hma", "smma", "vwma", "kama", "rsi", "stoch", "stoch_rsi", "macd",
        "williams_r", "roc", "cci", "mfi", "ultimate", "trix", "aroon",
    ];

    [Theory]
    [MemberData(nameof(PartANames))]
    public void Create_Defaults_BuildsAnInstanceThatBecomesReadyWithItsPrimaryValue(string name)
    {
        var definition = IndicatorCatalog.Find(name);
        var indicator = definition.Create(new Dictionary<string, double>());

        Assert.Same(definition, indicator.Definition);
        Assert.Equal(definition.Fields.Count, definition.Fields.Distinct().Count());
        foreach (var candle in Series.Bitcoin())
        {
            indicator.Add(candle);
            Assert.Equal(indicator.IsReady, !double.IsNaN(indicator.Value(0)));
        }
        Assert.True(indicator.IsReady);
    }

    [Fact]
    public void All_Names_AreUniqueSnakeCase() =>
        Assert.All(IndicatorCatalog.All.GroupBy(d => d.Name), g =>
        {
            Assert.Single(g);
            Assert.Matches("^[a-z][a-z0-9_]*$", g.Key);
        });

    [Fact]
    public void Create_PeriodZero_ThrowsNamingTheConfigParameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            IndicatorCatalog.Find("rsi").Create(new Dictionary<string, double> { ["period"] = 0 }));
        Assert.Equal("period", error.ParamName);
    }

    [Fact]
    public void Create_FastNotBelowSlow_ThrowsNamingSlowPeriod()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            IndicatorCatalog.Find("macd").Create(new Dictionary<string, double> { ["fast_period"] = 30 }));
        Assert.Equal("slowPeriod", error.ParamName);
        Assert.Contains("greater than the fast period (30)", error.Message);
    }

    // The JIT (tiering, on-stack replacement) may allocate a little on the test thread while the loops are being
    // compiled, so each check takes the best of a few rounds; an allocation per update shows in every round.
    private const int Rounds = 5;

    [Theory]
    [MemberData(nameof(PartANames))]
    public void Add_AfterWarmup_AllocatesNothing(string name)
    {
        var indicator = IndicatorCatalog.Find(name).Create(new Dictionary<string, double>());
        var candles = Series.RandomWalk100K();
        Feed(indicator, candles, 0, 1_000);

        long best = long.MaxValue;
        for (int round = 0; round < Rounds && best > 0; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Feed(indicator, candles, 1_000 + round * 10_000, 10_000);
            best = Math.Min(best, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(best == 0, $"{name}: at least {best} bytes allocated per 10,000 updates.");
    }

    [Fact]
    public void TypedAdd_EmaAndRsi_AllocatesNothing()
    {
        var ema = new EmaIncremental(20);
        var rsi = new RsiIncremental(14);
        var closes = Series.Closes(Series.RandomWalk100K());
        FeedTyped(ema, rsi, closes, 0, 1_000);

        long best = long.MaxValue;
        for (int round = 0; round < Rounds && best > 0; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            FeedTyped(ema, rsi, closes, 1_000 + round * 10_000, 10_000);
            best = Math.Min(best, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(best == 0, $"at least {best} bytes allocated per 10,000 updates.");
    }

    private static double Feed(IIndicator indicator, Trader.Timeframes.Candle[] candles, int from, int count)
    {
        double sink = 0;
        for (int i = from; i < from + count; i++)
        {
            indicator.Add(candles[i]);
            sink += indicator.Value(0);
        }
        return sink;
    }

    private static double FeedTyped(EmaIncremental ema, RsiIncremental rsi, double[] closes, int from, int count)
    {
        double sink = 0;
        for (int i = from; i < from + count; i++) sink += (ema.Add(closes[i]) ?? 0) + (rsi.Add(closes[i]) ?? 0);
        return sink;
    }
}
