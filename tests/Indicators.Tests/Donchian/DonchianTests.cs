using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.Donchian;

public sealed class DonchianTests
{
    // catalog field order: middle, upper, lower, width
    private static readonly (string Name, Func<DonchianResult, double?> Get)[] Fields =
        [("centerline", r => r.Centerline), ("upperBand", r => r.UpperBand), ("lowerBand", r => r.LowerBand), ("width", r => r.Width)];

    [Fact]
    public void BatchAndIncremental_DefaultQuotes_MatchReferenceEveryField()
    {
        var expected = Reference.Results("donchian");
        Candle[] candles = Reference.QuotesFor(expected.Entry);
        var kernel = new DonchianIncremental(20);

        var batch = candles.Donchian(20);
        var incremental = candles.Select(c => kernel.Add(c)).ToArray();

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
            var batch = candles.Donchian(20);
            var catalog = CatalogDriver.Run(DonchianCatalog.Definition, candles);
            for (int f = 0; f < Fields.Length; f++)
                ColumnAssert.Equal(batch.Select(Fields[f].Get).ToArray(), catalog[f], $"donchian.{DonchianCatalog.Definition.Fields[f]} on {series}");
        }
    }

    [Fact]
    public void Batch_ShortSeries_WindowExcludesCurrentCandle()
    {
        var candles = Series.FromHlcv((5, 1, 3, 1), (6, 2, 4, 1), (4, 3, 3.5, 1), (100, 0.5, 50, 1));

        var r = candles.Donchian(2);

        Assert.Equal(default, r[1]);
        Assert.Equal(new DonchianResult(6, 3.5, 1, 5 / 3.5), r[2]);
        Assert.Equal(new DonchianResult(6, 4, 2, 1), r[3]); // the 100 high of candle 3 is not in its own window
    }

    [Fact]
    public void Batch_EdgeCases_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().Donchian());
        Assert.All(Reference.Quotes("default")[..20].Donchian(20), r => Assert.Equal(default, r));
        Assert.Equal(new DonchianResult(8, 8, 8, 0), Series.FromCloses(8, 8, 8, 8).Donchian(3)[^1]);
        Assert.Equal(new DonchianResult(0, 0, 0, null), Series.FromCloses(0, 0).Donchian(1)[^1]);
        Assert.Equal(new DonchianResult(2e300, 1.5e300, 1e300, 1 / 1.5), Series.FromHlcv((2e300, 1e300, 1e300, 0), (1, 1, 1, 0)).Donchian(1)[^1]);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new DonchianIncremental(0)).ParamName);
    }
}
