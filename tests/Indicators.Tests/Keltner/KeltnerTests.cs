using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.Keltner;

public sealed class KeltnerTests
{
    // catalog field order: middle, upper, lower, width
    private static readonly Func<KeltnerResult, double?>[] Fields = [r => r.Centerline, r => r.UpperBand, r => r.LowerBand, r => r.Width];

    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
        {
            var batch = candles.Keltner(20, 2, 10);
            var catalog = CatalogDriver.Run(KeltnerCatalog.Definition, candles);
            for (int f = 0; f < Fields.Length; f++)
                ColumnAssert.Equal(batch.Select(Fields[f]).ToArray(), catalog[f], $"keltner.{KeltnerCatalog.Definition.Fields[f]} on {series}");
        }
    }

    [Fact]
    public void Batch_DefaultQuotes_IsEmaCenterlineWithAtrBands()
    {
        // Built from the two reference-checked parts: EMA(20) of close and Wilder ATR(10).
        var candles = Reference.Quotes("default");
        var ema = Series.Closes(candles).Ema(20);
        var atr = candles.Atr(10);

        var keltner = candles.Keltner(20, 2, 10);

        Assert.All(keltner[..19], r => Assert.Equal(default, r));
        ColumnAssert.Equal(ema, keltner.Select(r => r.Centerline).ToArray(), "centerline = EMA(20)");
        ColumnAssert.Equal(ema.Zip(atr, (e, a) => e + 2 * a.Atr).ToArray(), keltner.Select(r => r.UpperBand).ToArray(), "upper = EMA + 2 ATR");
        ColumnAssert.Equal(ema.Zip(atr, (e, a) => e - 2 * a.Atr).ToArray(), keltner.Select(r => r.LowerBand).ToArray(), "lower = EMA - 2 ATR");
    }

    [Fact]
    public void Batch_ShortSeries_MatchesHandComputed()
    {
        var candles = Series.FromHlcv((10, 8, 9, 1), (11, 9, 10.5, 1), (12, 10, 11.5, 1));

        var r = candles.Keltner(2, 1, 1);

        // index 1: EMA seed (9 + 10.5) / 2 = 9.75, ATR(1) = TR = 2
        Assert.Equal(new KeltnerResult(11.75, 9.75, 7.75, 4 / 9.75), r[1]);
        // index 2: EMA 9.75 + 2/3 * (11.5 - 9.75), TR 2
        double ema = 9.75 + 2.0 / 3 * (11.5 - 9.75);
        Assert.Equal(ema + 2, r[2].UpperBand!.Value, 12);
        Assert.Equal(ema, r[2].Centerline!.Value, 12);
    }

    [Fact]
    public void Batch_AtrLongerThanEma_CenterlineBeforeBands()
    {
        var r = Series.FromHlcv((10, 8, 9, 1), (11, 9, 10.5, 1), (12, 10, 11.5, 1), (12, 10, 11, 1)).Keltner(1, 2, 3);

        Assert.Equal(default, r[1]);
        Assert.Equal(new KeltnerResult(null, 11.5, null, null), r[2]);
        Assert.NotNull(r[3].UpperBand);
    }

    [Fact]
    public void Batch_EdgeCases_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().Keltner());
        Assert.Equal(new KeltnerResult(4, 4, 4, 0), Series.FromCloses(Enumerable.Repeat(4.0, 30).ToArray()).Keltner()[^1]);
        Assert.Equal(new KeltnerResult(0, 0, 0, null), Series.FromCloses(Enumerable.Repeat(0.0, 30).ToArray()).Keltner()[^1]);
        Assert.Equal("emaPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => new KeltnerIncremental(0, 2, 10)).ParamName);
        Assert.Equal("multiplier", Assert.Throws<ArgumentOutOfRangeException>(() => new KeltnerIncremental(20, -2, 10)).ParamName);
        Assert.Equal("atrPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => new KeltnerIncremental(20, 2, 0)).ParamName);
    }
}
