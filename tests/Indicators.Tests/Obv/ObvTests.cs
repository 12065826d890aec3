using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.Obv;

public sealed class ObvTests
{
    [Fact]
    public void BatchAndIncremental_DefaultQuotes_MatchReference()
    {
        var expected = Reference.Results("obv");
        Candle[] candles = Reference.QuotesFor(expected.Entry);
        var kernel = new ObvIncremental();

        ColumnAssert.MatchesReference(expected, "obv", candles.Obv(), "batch");
        ColumnAssert.MatchesReference(expected, "obv", candles.Select(c => kernel.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
            ColumnAssert.Equal(candles.Obv(), CatalogDriver.Run(ObvCatalog.Definition, candles)[0], $"obv on {series}");
    }

    [Fact]
    public void Batch_ShortSeries_AddsOnUpSubtractsOnDownKeepsOnFlat()
    {
        var candles = Series.FromHlcv((1, 1, 10, 100), (1, 1, 11, 30), (1, 1, 11, 50), (1, 1, 9, 20), (1, 1, 9.5, 0));

        Assert.Equal([0, 30, 30, 10, 10], candles.Obv());
    }

    [Fact]
    public void Batch_EmptyAndHuge_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().Obv());
        Assert.Equal([0, 1e300], Series.FromHlcv((1, 1, 1, 5), (2, 2, 2, 1e300)).Obv());
        Assert.False(new ObvIncremental().IsReady);
    }
}
