using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.SuperTrend;

public sealed class SuperTrendTests
{
    // catalog field order: supertrend, upper, lower
    private static readonly (string Name, Func<SuperTrendResult, double?> Get)[] Fields =
        [("superTrend", r => r.SuperTrend), ("upperBand", r => r.UpperBand), ("lowerBand", r => r.LowerBand)];

    [Fact]
    public void BatchAndIncremental_DefaultQuotes_MatchReferenceEveryFieldWithInteriorNulls()
    {
        // The reference rounds through System.Decimal (~15 digits); the 1e-9 tolerance absorbs that.
        var expected = Reference.Results("supertrend");
        Candle[] candles = Reference.QuotesFor(expected.Entry);
        var kernel = new SuperTrendIncremental(10, 3);

        var batch = candles.SuperTrend(10, 3);
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
            var batch = candles.SuperTrend(10, 3);
            var catalog = CatalogDriver.Run(SuperTrendCatalog.Definition, candles);
            for (int f = 0; f < Fields.Length; f++)
                ColumnAssert.Equal(batch.Select(Fields[f].Get).ToArray(), catalog[f], $"supertrend.{SuperTrendCatalog.Definition.Fields[f]} on {series}");
        }
    }

    [Fact]
    public void Batch_ShortSeries_FlipsWhenCloseBreaksTheLowerBand()
    {
        // period 1, multiplier 1: ATR(1) = TR from index 1.
        var candles = Series.FromHlcv((10, 8, 9, 1), (11, 9, 10.5, 1), (12, 10, 11.5, 1), (11, 7, 7.5, 1));

        var r = candles.SuperTrend(1, 1);

        // index 1: hl2 10, TR 2 -> bands 12 / 8; close 10.5 >= hl2 -> bullish on lower 8
        Assert.Equal(new SuperTrendResult(8, null, 8), r[1]);
        // index 2: hl2 11, TR 2 -> lower eval 9 > 8 ratchets up to 9
        Assert.Equal(new SuperTrendResult(9, null, 9), r[2]);
        // index 3: hl2 9, TR 4.5 -> lower eval 4.5 < 9 keeps 9; close 7.5 <= 9 flips bearish on upper:
        // upper eval 13.5 vs previous upper 12 (from index 2 the upper stayed 12 as 13 > 12) keeps 12
        Assert.Equal(new SuperTrendResult(12, 12, null), r[3]);
    }

    [Fact]
    public void Batch_EdgeCases_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().SuperTrend());
        Assert.All(Reference.Quotes("default")[..10].SuperTrend(10, 3), r => Assert.Equal(default, r));
        // constant prices: ATR 0, both bands at the price, close <= lower band -> bearish on the upper band
        Assert.Equal(new SuperTrendResult(5, 5, null), Series.FromCloses(Enumerable.Repeat(5.0, 20).ToArray()).SuperTrend(10, 3)[^1]);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new SuperTrendIncremental(0, 3)).ParamName);
        Assert.Equal("multiplier", Assert.Throws<ArgumentOutOfRangeException>(() => new SuperTrendIncremental(10, 0)).ParamName);
    }
}
