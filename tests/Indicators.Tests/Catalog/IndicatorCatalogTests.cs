using Trader.Indicators.Catalog;
using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

/// <summary>Every catalog entry: registered once, usable with defaults, strict about fields, allocation-free per update.</summary>
public sealed class IndicatorCatalogTests
{
    // Taken from the catalog itself, so a new entry is covered without touching this file.
    public static TheoryData<string> Names() => new(IndicatorCatalog.All.Select(d => d.Name));

    // The JIT (tiering, on-stack replacement) may allocate a little on the test thread while the loops are being
    // compiled, so each check takes the best of a few rounds; an allocation per update shows in every round.
    private const int Rounds = 5;

    [Fact]
    public void All_HoldsEveryIndicatorOfTheLibrary() =>
        Assert.Equal(35, IndicatorCatalog.All.Count);

    [Theory]
    [MemberData(nameof(Names))]
    public void Plot_EveryEntry_DrawsFieldsItHas(string name)
    {
        var definition = IndicatorCatalog.Find(name);
        Assert.NotEmpty(definition.Plot.Fields);
        Assert.All(definition.Plot.Fields, f => Assert.True(definition.FieldIndex(f) >= 0, $"{name} plots '{f}', not one of its fields"));
    }

    [Theory]
    [InlineData("ema", true)]
    [InlineData("bb", true)]
    [InlineData("supertrend", true)]
    [InlineData("rsi", false)]
    [InlineData("macd", false)]
    [InlineData("atr", false)]
    public void Plot_PricesOverTheCandlesOscillatorsInAPane(string name, bool isPriceScale) =>
        Assert.Equal(isPriceScale, IndicatorCatalog.Find(name).Plot.IsPriceScale);

    [Theory]
    [MemberData(nameof(Names))]
    public void Create_Defaults_BecomesReadyExactlyWhenThePrimaryFieldHasAValue(string name)
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

    [Theory]
    [MemberData(nameof(Names))]
    public void Value_FieldBeyondFields_ThrowsListingTheFields(string name)
    {
        var definition = IndicatorCatalog.Find(name);
        var indicator = definition.Create(new Dictionary<string, double>());

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => indicator.Value(definition.Fields.Count));
        Assert.Contains($"0: {definition.Fields[0]}", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => indicator.Value(-1));
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

    [Theory]
    [MemberData(nameof(Names))]
    public void Add_AfterWarmup_AllocatesNothing(string name)
    {
        var indicator = IndicatorCatalog.Find(name).Create(new Dictionary<string, double>());
        var candles = Series.RandomWalk100K();

        long best = BestAllocation(from =>
        {
            double sink = 0;
            for (int i = from; i < from + 10_000; i++)
            {
                indicator.Add(candles[i]);
                sink += indicator.Value(0);
            }
            return sink;
        }, candles.Length);

        Assert.True(best == 0, $"{name}: at least {best} bytes allocated per 10,000 updates.");
    }

    [Fact]
    public void TypedAdd_HotKernels_AllocateNothing()
    {
        var ema = new EmaIncremental(20);
        var rsi = new RsiIncremental(14);
        var bb = new BollingerBandsIncremental(20, 2);
        var atr = new AtrIncremental(14);
        var adx = new AdxIncremental(14);
        var candles = Series.RandomWalk100K();

        long best = BestAllocation(from =>
        {
            double sink = 0;
            for (int i = from; i < from + 10_000; i++)
            {
                double close = candles[i].Close;
                sink += (ema.Add(close) ?? 0) + (rsi.Add(close) ?? 0);
                sink += bb.Add(close).UpperBand ?? 0;
                sink += atr.Add(candles[i]).Atr ?? 0;
                sink += adx.Add(candles[i]).Adx ?? 0;
            }
            return sink;
        }, candles.Length);

        Assert.True(best == 0, $"at least {best} bytes allocated per 10,000 updates.");
    }

    private static long BestAllocation(Func<int, double> feed10K, int length)
    {
        feed10K(0); // warm-up and JIT
        long best = long.MaxValue;
        for (int round = 1; round <= Rounds && best > 0 && (round + 1) * 10_000 <= length; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            feed10K(round * 10_000);
            best = Math.Min(best, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return best;
    }
}
