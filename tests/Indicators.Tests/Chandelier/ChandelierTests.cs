using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.Chandelier;

public sealed class ChandelierTests
{
    private static readonly Candle[] Short = Series.FromHlcv((10, 8, 9, 1), (11, 9, 10.5, 1), (12, 10, 11.5, 1), (11, 7, 7.5, 1));

    [Fact]
    public void Catalog_LongSeries_EqualsBatchForBothDirections()
    {
        foreach (var (series, candles) in Series.Long())
        {
            foreach (var direction in new[] { ChandelierDirection.Long, ChandelierDirection.Short })
            {
                var batch = candles.Chandelier(22, 3, direction);
                var catalog = CatalogDriver.Run(ChandelierCatalog.Definition, new Dictionary<string, double> { ["direction"] = (int)direction }, candles);
                ColumnAssert.Equal(batch, catalog[0], $"chandelier ({direction}) on {series}");
            }
        }
    }

    [Fact]
    public void Batch_Long_HighestHighMinusAtr()
    {
        // ATR(2): index 2 = (2 + 2) / 2 = 2, index 3 = (2 + 4.5) / 2 = 3.25; highest highs of the last 2: 12, 12
        Assert.Equal([null, null, 10, 8.75], Short.Chandelier(2, 1, ChandelierDirection.Long));
    }

    [Fact]
    public void Batch_Short_LowestLowPlusAtr()
    {
        // lowest lows of the last 2: 9, 7
        Assert.Equal([null, null, 11, 10.25], Short.Chandelier(2, 1, ChandelierDirection.Short));
    }

    [Fact]
    public void Batch_EdgeCases_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().Chandelier());
        Assert.All(Reference.Quotes("default")[..22].Chandelier(), v => Assert.Null(v));
        Assert.Equal(5, Series.FromCloses(Enumerable.Repeat(5.0, 30).ToArray()).Chandelier()[^1]);
        Assert.Equal([null, 11 - 2], Short[..2].Chandelier(1, 1)); // period 1: the candle's own high minus its TR
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new ChandelierIncremental(0)).ParamName);
        Assert.Equal("multiplier", Assert.Throws<ArgumentOutOfRangeException>(() => new ChandelierIncremental(22, double.NaN)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(
            () => ChandelierCatalog.Definition.Create(new Dictionary<string, double> { ["direction"] = 2 })).ParamName);
    }
}
