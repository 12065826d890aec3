using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.Cmf;

public sealed class CmfTests
{
    // catalog field order: cmf, mfm, mfv
    private static readonly Func<CmfResult, double?>[] Fields = [r => r.Cmf, r => r.MoneyFlowMultiplier, r => r.MoneyFlowVolume];

    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
        {
            var batch = candles.Cmf(20);
            var catalog = CatalogDriver.Run(CmfCatalog.Definition, candles);
            for (int f = 0; f < Fields.Length; f++)
                ColumnAssert.Equal(batch.Select(Fields[f]).ToArray(), catalog[f], $"cmf.{CmfCatalog.Definition.Fields[f]} on {series}");
        }
    }

    [Fact]
    public void Batch_ShortSeries_MatchesHandComputed()
    {
        var candles = Series.FromHlcv((10, 8, 9.5, 100), (12, 10, 10, 300), (11, 11, 11, 50));

        var r = candles.Cmf(2);

        Assert.Equal(new CmfResult(0.5, 50, null), r[0]);
        Assert.Equal(new CmfResult(-1, -300, -0.625), r[1]);            // (50 - 300) / (100 + 300)
        Assert.Equal(0, r[2].MoneyFlowMultiplier);                       // high == low: no range, multiplier 0
        Assert.Equal(-300.0 / 350, r[2].Cmf!.Value, 12);
    }

    [Fact]
    public void Batch_ZeroVolumeWindow_NullThenRecovers()
    {
        var candles = Series.FromHlcv((10, 8, 9.5, 100), (10, 8, 9, 0), (10, 8, 9, 0), (10, 8, 10, 10));

        var r = candles.Cmf(2);

        Assert.Null(r[2].Cmf);
        Assert.Equal(1, r[3].Cmf);
    }

    [Fact]
    public void Batch_EdgeCases_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().Cmf());
        Assert.All(Reference.Quotes("default")[..19].Cmf(), r => Assert.Null(r.Cmf));
        Assert.Equal(new CmfResult(0, 0, 0), Series.FromCloses(Enumerable.Repeat(3.0, 25).ToArray()).Cmf()[^1]);
        Assert.Equal(new CmfResult(1, 1e300, 1), Series.FromHlcv((2, 1, 2, 1e300)).Cmf(1)[0]);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new CmfIncremental(0)).ParamName);
    }
}
