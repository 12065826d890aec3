using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.Atr;

public sealed class AtrTests
{
    // catalog field order: atr, tr, atrp
    private static readonly (string Name, Func<AtrResult, double?> Get)[] Fields =
        [("atr", r => r.Atr), ("tr", r => r.Tr), ("atrp", r => r.Atrp)];

    [Fact]
    public void Batch_DefaultQuotes_MatchesReferenceEveryField()
    {
        var expected = Reference.Results("atr");
        Candle[] candles = Reference.QuotesFor(expected.Entry);

        var results = candles.Atr(14);

        foreach (var (name, get) in Fields) ColumnAssert.MatchesReference(expected, name, results.Select(get).ToArray(), "batch");
    }

    [Fact]
    public void Add_DefaultQuotes_MatchesReferenceEveryField()
    {
        var expected = Reference.Results("atr");
        var kernel = new AtrIncremental(14);

        var results = Reference.QuotesFor(expected.Entry).Select(c => kernel.Add(c)).ToArray();

        foreach (var (name, get) in Fields) ColumnAssert.MatchesReference(expected, name, results.Select(get).ToArray(), "incremental");
    }

    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
        {
            var batch = candles.Atr(14);
            var catalog = CatalogDriver.Run(AtrCatalog.Definition, candles);
            for (int f = 0; f < Fields.Length; f++)
                ColumnAssert.Equal(batch.Select(Fields[f].Get).ToArray(), catalog[f], $"atr.{AtrCatalog.Definition.Fields[f]} on {series}");
        }
    }

    [Fact]
    public void Batch_ShortSeries_MatchesHandComputedWilderAverage()
    {
        var candles = Series.FromHlcv((11, 9, 10, 1), (12, 10, 11, 1), (11.5, 9.5, 10, 1), (13, 10, 12, 1), (12.5, 11.5, 12, 1));
        // TR: -, 2, 2, 3, 1; ATR(2): index 2 = (2+2)/2 = 2; index 3 = (2*1+3)/2 = 2.5; index 4 = (2.5+1)/2 = 1.75
        var results = candles.Atr(2);

        Assert.Equal([null, 2, 2, 3, 1], results.Select(r => r.Tr));
        Assert.Equal([null, null, 2, 2.5, 1.75], results.Select(r => r.Atr));
        Assert.Equal(1.75 / 12 * 100, results[4].Atrp!.Value, 12);
    }

    [Fact]
    public void Batch_EmptyAndShortInput_EmptyOrNull()
    {
        Assert.Empty(Array.Empty<Candle>().Atr());
        Assert.All(Reference.Quotes("default")[..14].Atr(14), r => Assert.Null(r.Atr));
    }

    [Fact]
    public void Batch_ConstantPrices_ZeroRange()
    {
        var r = Series.FromCloses(Enumerable.Repeat(42.0, 30).ToArray()).Atr(14)[^1];

        Assert.Equal(new AtrResult(0, 0, 0), r);
    }

    [Fact]
    public void Batch_ZeroClose_AtrpNull()
    {
        var r = Series.FromHlcv((1, 0, 0.5, 1), (1, 0, 0, 1)).Atr(1)[^1];

        Assert.Equal(1, r.Atr);
        Assert.Null(r.Atrp);
    }

    [Fact]
    public void Batch_PeriodOne_AtrEqualsTrueRange()
    {
        var candles = Reference.Quotes("default");
        var results = candles.Atr(1);

        Assert.Equal(results.Select(r => r.Tr), results.Select(r => r.Atr));
    }

    [Fact]
    public void Batch_HugeValues_ScaleWithoutOverflow()
    {
        var candles = Reference.Quotes("default");
        var huge = candles.Select(c => c with { Open = c.Open * 1e200, High = c.High * 1e200, Low = c.Low * 1e200, Close = c.Close * 1e200 }).ToArray();

        ColumnAssert.Equal(candles.Atr(14).Select(r => r.Atr * 1e200).ToArray(), huge.Atr(14).Select(r => r.Atr).ToArray(), "atr x 1e200");
    }

    [Fact]
    public void Constructor_InvalidPeriod_ThrowsNamingIt()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new AtrIncremental(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(
            () => AtrCatalog.Definition.Create(new Dictionary<string, double> { ["period"] = 2.5 })).ParamName);
    }

    [Fact]
    public void SpanForm_AllSeries_EqualsBatchAndIncremental() =>
        SpanFormChecks.SpanEqualsBatchAndIncremental(AtrCatalog.Definition, new Dictionary<string, double> { ["period"] = 14 },
            candles =>
            {
                var results = candles.AsSpan().Atr(14);
                return [results.Select(r => r.Atr).ToArray(), results.Select(r => r.Tr).ToArray(), results.Select(r => r.Atrp).ToArray()];
            },
            candles =>
            {
                var c = Enumerable.Range(0, 3).Select(_ => new double[candles.Length]).ToArray();
                candles.AsSpan().Atr(14, c[0], c[1], c[2]);
                return c;
            });

    [Fact]
    public void SpanForm_WarmCall_AllocatesNothing() =>
        SpanFormChecks.AllocatesNothing(candles =>
        {
            var input = candles;
            var c = Enumerable.Range(0, 3).Select(_ => new double[candles.Length]).ToArray();
            return () => input.AsSpan().Atr(14, c[0], c[1], c[2]);
        });
}
