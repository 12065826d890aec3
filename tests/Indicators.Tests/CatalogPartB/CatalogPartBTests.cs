using Trader.Indicators.Catalog;
using Trader.Indicators.Tests.Infrastructure;
using Trader.Timeframes;

namespace Trader.Indicators.Tests.CatalogPartB;

/// <summary>The part B entries of the catalog: registered, usable with defaults, allocation-free per update.</summary>
public sealed class CatalogPartBTests
{
    public static TheoryData<string> PartBNames() =>
    [
        "bb", "atr", "tr", "adx", "stdev", "keltner", "donchian", "supertrend", "psar", "atr_stop", "chandelier",
        "ichimoku", "obv", "vwap", "cmf",
    ];

    // The JIT may allocate while the loop is being compiled; an allocation per update shows in every round.
    private const int Rounds = 5;

    [Theory]
    [MemberData(nameof(PartBNames))]
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
        Assert.Throws<ArgumentOutOfRangeException>(() => indicator.Value(definition.Fields.Count));
    }

    [Theory]
    [MemberData(nameof(PartBNames))]
    public void Add_AfterWarmup_AllocatesNothing(string name)
    {
        var indicator = IndicatorCatalog.Find(name).Create(new Dictionary<string, double>());
        var candles = Series.RandomWalk100K();

        long best = BestAllocation(from => Feed(indicator, candles, from, 10_000), candles.Length);

        Assert.True(best == 0, $"{name}: at least {best} bytes allocated per 10,000 updates.");
    }

    [Fact]
    public void TypedAdd_BollingerAtrAdx_AllocatesNothing()
    {
        var bb = new BollingerBandsIncremental(20, 2);
        var atr = new AtrIncremental(14);
        var adx = new AdxIncremental(14);
        var candles = Series.RandomWalk100K();

        long best = BestAllocation(from =>
        {
            double sink = 0;
            for (int i = from; i < from + 10_000; i++)
            {
                sink += bb.Add(candles[i].Close).UpperBand ?? 0;
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

    private static double Feed(IIndicator indicator, Candle[] candles, int from, int count)
    {
        double sink = 0;
        for (int i = from; i < from + count; i++)
        {
            indicator.Add(candles[i]);
            sink += indicator.Value(0);
        }
        return sink;
    }
}
