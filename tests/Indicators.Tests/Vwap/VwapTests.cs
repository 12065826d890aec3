using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.Vwap;

public sealed class VwapTests
{
    [Fact]
    public void BatchAndIncremental_DefaultQuotes_MatchReference()
    {
        var expected = Reference.Results("vwap");
        Candle[] candles = Reference.QuotesFor(expected.Entry);
        var kernel = new VwapIncremental();

        ColumnAssert.MatchesReference(expected, "vwap", candles.Vwap(), "batch");
        ColumnAssert.MatchesReference(expected, "vwap", candles.Select(c => kernel.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
            ColumnAssert.Equal(candles.Vwap(), CatalogDriver.Run(VwapCatalog.Definition, candles)[0], $"vwap on {series}");
    }

    [Fact]
    public void Batch_ShortSeries_WeightsTypicalPriceByVolume()
    {
        // typical prices 10 and 20, volumes 1 and 3 -> (10 + 60) / 4
        var candles = Series.FromHlcv((11, 9, 10, 1), (21, 19, 20, 3));

        Assert.Equal([10, 17.5], candles.Vwap());
    }

    [Fact]
    public void Batch_ZeroVolume_NullUntilTheFirstTrade()
    {
        var candles = Series.FromHlcv((11, 9, 10, 0), (11, 9, 10, 0), (21, 19, 20, 2), (1, 1, 1, 0));

        Assert.Equal([null, null, 20, 20], candles.Vwap());
        Assert.Empty(Array.Empty<Candle>().Vwap());
    }
}
