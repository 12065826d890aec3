using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests.StdDev;

public sealed class StdDevTests
{
    // catalog field order: stdev, mean, z_score
    private static readonly (string Name, Func<StdDevResult, double?> Get)[] Fields =
        [("stdDev", r => r.StdDev), ("mean", r => r.Mean), ("zScore", r => r.ZScore)];

    [Fact]
    public void BatchAndIncremental_DefaultQuotes_MatchReferenceEveryField()
    {
        var expected = Reference.Results("stdev");
        double[] closes = Series.Closes(Reference.QuotesFor(expected.Entry));
        var kernel = new StdDevIncremental(14);

        var batch = closes.StdDev(14);
        var incremental = closes.Select(kernel.Add).ToArray();

        foreach (var (name, get) in Fields)
        {
            ColumnAssert.MatchesReference(expected, name, batch.Select(get).ToArray(), "batch");
            ColumnAssert.MatchesReference(expected, name, incremental.Select(get).ToArray(), "incremental");
        }
    }

    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
        {
            var batch = Series.Closes(candles).StdDev(14);
            var catalog = CatalogDriver.Run(StdDevCatalog.Definition, candles);
            for (int f = 0; f < Fields.Length; f++)
                ColumnAssert.Equal(batch.Select(Fields[f].Get).ToArray(), catalog[f], $"stdev.{StdDevCatalog.Definition.Fields[f]} on {series}");
        }
    }

    [Fact]
    public void Batch_HandComputed_IsPopulationDeviation()
    {
        // 2,4,4,4,5,5,7,9: mean 5, population variance 4
        var r = new double[] { 2, 4, 4, 4, 5, 5, 7, 9 }.StdDev(8)[^1];

        Assert.Equal(2, r.StdDev!.Value, 12);
        Assert.Equal(5, r.Mean!.Value, 12);
        Assert.Equal(2, r.ZScore!.Value, 12);
    }

    [Fact]
    public void Batch_EdgeCases_Defined()
    {
        Assert.Empty(Array.Empty<double>().StdDev());
        Assert.All(new double[] { 1, 2, 3 }.StdDev(14), r => Assert.Equal(default, r));
        Assert.Equal(new StdDevResult(0, 7, null), Enumerable.Repeat(7.0, 20).ToArray().StdDev(14)[^1]);
        Assert.Equal(new StdDevResult(0, 3, null), new double[] { 3 }.StdDev(1)[0]);
        Assert.Equal(2e150, new[] { 2e150, 4e150, 4e150, 4e150, 5e150, 5e150, 7e150, 9e150 }.StdDev(8)[^1].StdDev!.Value, 1e138);
    }

    [Fact]
    public void Constructor_InvalidPeriod_ThrowsNamingIt() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new StdDevIncremental(0)).ParamName);
}
