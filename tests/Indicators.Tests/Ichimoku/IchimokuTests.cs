using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.Ichimoku;

public sealed class IchimokuTests
{
    // catalog field order: tenkan, kijun, senkou_a, senkou_b (chikou is batch-only)
    private static readonly (string Name, Func<IchimokuResult, double?> Get)[] Fields =
        [("tenkanSen", r => r.TenkanSen), ("kijunSen", r => r.KijunSen), ("senkouSpanA", r => r.SenkouSpanA), ("senkouSpanB", r => r.SenkouSpanB)];

    [Fact]
    public void Batch_DefaultQuotes_MatchesReferenceEveryFieldIncludingChikou()
    {
        var expected = Reference.Results("ichimoku");
        var batch = Reference.QuotesFor(expected.Entry).Ichimoku(9, 26, 52);

        foreach (var (name, get) in Fields) ColumnAssert.MatchesReference(expected, name, batch.Select(get).ToArray(), "batch");
        ColumnAssert.MatchesReference(expected, "chikouSpan", batch.Select(r => r.ChikouSpan).ToArray(), "batch");
    }

    [Fact]
    public void Add_DefaultQuotes_MatchesReferenceAndNeverKnowsTheFutureChikou()
    {
        var expected = Reference.Results("ichimoku");
        var kernel = new IchimokuIncremental(9, 26, 52);

        var incremental = Reference.QuotesFor(expected.Entry).Select(c => kernel.Add(c)).ToArray();

        foreach (var (name, get) in Fields) ColumnAssert.MatchesReference(expected, name, incremental.Select(get).ToArray(), "incremental");
        Assert.All(incremental, r => Assert.Null(r.ChikouSpan));
    }

    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
        {
            var batch = candles.Ichimoku();
            var catalog = CatalogDriver.Run(IchimokuCatalog.Definition, candles);
            for (int f = 0; f < Fields.Length; f++)
                ColumnAssert.Equal(batch.Select(Fields[f].Get).ToArray(), catalog[f], $"ichimoku.{IchimokuCatalog.Definition.Fields[f]} on {series}");
        }
    }

    [Fact]
    public void Batch_ShortSeries_ShiftsSpansForwardByKijun()
    {
        // tenkan 1, kijun 2, senkou B 3: spans are plotted 2 rows after the candles they come from
        var candles = Series.FromHlcv((10, 8, 9, 1), (12, 9, 11, 1), (13, 11, 12, 1), (14, 12, 13, 1), (15, 13, 14, 1));

        var r = candles.Ichimoku(1, 2, 3);

        Assert.Equal([9, 10.5, 12, 13, 14], r.Select(x => x.TenkanSen));
        Assert.Equal([null, 10, 11, 12.5, 13.5], r.Select(x => x.KijunSen));
        Assert.Equal([null, null, null, 10.25, 11.5], r.Select(x => x.SenkouSpanA)); // (10.5+10)/2 from row 1, (12+11)/2 from row 2
        Assert.Equal([null, null, null, null, 10.5], r.Select(x => x.SenkouSpanB));   // (8..13) midpoint of rows 0..2
        Assert.Equal([12, 13, 14, null, null], r.Select(x => x.ChikouSpan));
    }

    [Fact]
    public void Batch_EdgeCases_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().Ichimoku());
        var constant = Series.FromCloses(Enumerable.Repeat(3.0, 120).ToArray()).Ichimoku()[80];
        Assert.Equal(new IchimokuResult(3, 3, 3, 3, 3), constant);
        Assert.All(Reference.Quotes("default")[..8].Ichimoku(), r => Assert.Null(r.TenkanSen));
        Assert.Equal("kijunPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => new IchimokuIncremental(9, 0, 52)).ParamName);
        Assert.Equal("senkouBPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => new IchimokuIncremental(9, 26, -1)).ParamName);
    }
}
