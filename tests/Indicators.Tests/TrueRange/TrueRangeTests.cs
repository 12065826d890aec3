using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.TrueRange;

public sealed class TrueRangeTests
{
    [Fact]
    public void BatchAndIncremental_DefaultQuotes_MatchReference()
    {
        var expected = Reference.Results("tr");
        Candle[] candles = Reference.QuotesFor(expected.Entry);
        var kernel = new TrueRangeIncremental();

        ColumnAssert.MatchesReference(expected, "tr", candles.TrueRange(), "batch");
        ColumnAssert.MatchesReference(expected, "tr", candles.Select(c => kernel.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
            ColumnAssert.Equal(candles.TrueRange(), CatalogDriver.Run(TrueRangeCatalog.Definition, candles)[0], $"tr on {series}");
    }

    [Fact]
    public void Batch_GapAboveRange_UsesPreviousClose()
    {
        // gap up: high - prevClose (15 - 8 = 7) beats high - low (1); gap down: prevClose - low (14 - 5 = 9)
        var candles = Series.FromHlcv((10, 7, 8, 1), (15, 14, 14, 1), (6, 5, 5.5, 1));

        Assert.Equal([null, 7, 9], candles.TrueRange());
    }

    [Fact]
    public void Batch_EmptyConstantAndHuge_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().TrueRange());
        Assert.Equal([null, 0, 0], Series.FromCloses(3, 3, 3).TrueRange());
        Assert.Equal([null, 2e300], Series.FromHlcv((1e300, 1e300, 1e300, 0), (3e300, 1e300, 2e300, 0)).TrueRange());
        Assert.False(new TrueRangeIncremental().IsReady);
    }
}
