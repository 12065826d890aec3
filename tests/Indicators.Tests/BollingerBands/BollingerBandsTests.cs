using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests.BollingerBands;

public sealed class BollingerBandsTests
{
    private static readonly (string Name, Func<BollingerBandsResult, double?> Get)[] Fields =
    [
        ("sma", r => r.Sma), ("upperBand", r => r.UpperBand), ("lowerBand", r => r.LowerBand),
        ("percentB", r => r.PercentB), ("zScore", r => r.ZScore), ("width", r => r.Width),
    ];

    [Fact]
    public void Batch_DefaultQuotes_MatchesReferenceEveryField()
    {
        var expected = Reference.Results("bb");
        double[] closes = Series.Closes(Reference.QuotesFor(expected.Entry));

        var results = closes.BollingerBands(20, 2);

        foreach (var (name, get) in Fields) ColumnAssert.MatchesReference(expected, name, results.Select(get).ToArray(), "batch");
    }

    [Fact]
    public void Add_DefaultQuotes_MatchesReferenceEveryField()
    {
        var expected = Reference.Results("bb");
        double[] closes = Series.Closes(Reference.QuotesFor(expected.Entry));
        var kernel = new BollingerBandsIncremental(20, 2);

        var results = closes.Select(kernel.Add).ToArray();

        foreach (var (name, get) in Fields) ColumnAssert.MatchesReference(expected, name, results.Select(get).ToArray(), "incremental");
    }

    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
        {
            var batch = Series.Closes(candles).BollingerBands(20, 2);
            var catalog = CatalogDriver.Run(BollingerBandsCatalog.Definition, candles);
            for (int f = 0; f < Fields.Length; f++)
                ColumnAssert.Equal(batch.Select(Fields[f].Get).ToArray(), catalog[f], $"bb.{BollingerBandsCatalog.Definition.Fields[f]} on {series}");
        }
    }

    [Fact]
    public void Batch_FiveCloses_MatchesHandComputedPopulationBands()
    {
        // mean 3, population variance (4+1+0+1+4)/5 = 2
        var r = new double[] { 1, 2, 3, 4, 5 }.BollingerBands(5, 2)[4];

        Assert.Equal(3, r.Sma!.Value, 12);
        Assert.Equal(3 + 2 * Math.Sqrt(2), r.UpperBand!.Value, 12);
        Assert.Equal(3 - 2 * Math.Sqrt(2), r.LowerBand!.Value, 12);
        Assert.Equal((5 - (3 - 2 * Math.Sqrt(2))) / (4 * Math.Sqrt(2)), r.PercentB!.Value, 12);
        Assert.Equal(2 / Math.Sqrt(2), r.ZScore!.Value, 12);
        Assert.Equal(4 * Math.Sqrt(2) / 3, r.Width!.Value, 12);
    }

    [Fact]
    public void Batch_EmptyInput_ReturnsEmpty() => Assert.Empty(Array.Empty<double>().BollingerBands());

    [Fact]
    public void Add_FewerClosesThanPeriod_AllNullAndNotReady()
    {
        var kernel = new BollingerBandsIncremental(20, 2);
        for (int i = 0; i < 19; i++) Assert.Equal(default, kernel.Add(100 + i));
        Assert.False(kernel.IsReady);
        Assert.True(double.IsNaN(((Catalog.IIndicator)kernel).Value(0)));
    }

    [Fact]
    public void Batch_ConstantPrices_ZeroWidthBandsAndNullPercentBAndZScore()
    {
        var r = Enumerable.Repeat(250.5, 60).ToArray().BollingerBands(20, 2)[^1];

        Assert.Equal(new BollingerBandsResult(250.5, 250.5, 250.5, null, null, 0), r);
    }

    [Fact]
    public void Batch_PricesTurnConstant_DeviationReturnsToExactlyZero()
    {
        double[] closes = [.. Enumerable.Range(0, 50).Select(i => 1000 + 7.3 * Math.Sin(i)), .. Enumerable.Repeat(1234.5678, 40)];

        var r = closes.BollingerBands(20, 2)[^1];

        Assert.Equal(new BollingerBandsResult(1234.5678, 1234.5678, 1234.5678, null, null, 0), r);
    }

    [Fact]
    public void Batch_PeriodOne_BandsCollapseOnClose()
    {
        var results = new double[] { 10, 12, 11 }.BollingerBands(1, 2);

        Assert.All(results, r => Assert.Null(r.PercentB));
        Assert.Equal([10, 12, 11], results.Select(r => r.UpperBand!.Value));
    }

    [Fact]
    public void Batch_HugeValues_ScaleWithoutOverflow()
    {
        double[] closes = Series.Closes(Reference.Quotes("default"));
        var plain = closes.BollingerBands(20, 2);
        var huge = closes.Select(c => c * 1e100).ToArray().BollingerBands(20, 2);

        ColumnAssert.Equal(plain.Select(r => r.UpperBand * 1e100).ToArray(), huge.Select(r => r.UpperBand).ToArray(), "upper x 1e100");
        ColumnAssert.Equal(plain.Select(r => r.ZScore).ToArray(), huge.Select(r => r.ZScore).ToArray(), "zScore x 1e100");
    }

    [Fact]
    public void Constructor_InvalidParameters_ThrowNamingTheParameter()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBandsIncremental(0, 2)).ParamName);
        Assert.Equal("standardDeviations", Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBandsIncremental(20, 0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new double[3].BollingerBands(-1)).ParamName);
        Assert.Equal("std_dev", Assert.Throws<ArgumentOutOfRangeException>(
            () => BollingerBandsCatalog.Definition.Create(new Dictionary<string, double> { ["std_dev"] = -1 })).ParamName);
    }

    [Fact]
    public void SpanForm_AllSeries_EqualsBatchAndIncremental() =>
        SpanFormChecks.SpanEqualsBatchAndIncremental(BollingerBandsCatalog.Definition, new Dictionary<string, double> { ["period"] = 20, ["std_dev"] = 2 },
            candles =>
            {
                var results = Series.Closes(candles).AsSpan().BollingerBands(20, 2);
                return [results.Select(r => r.Sma).ToArray(), results.Select(r => r.UpperBand).ToArray(), results.Select(r => r.LowerBand).ToArray(), results.Select(r => r.PercentB).ToArray(), results.Select(r => r.ZScore).ToArray(), results.Select(r => r.Width).ToArray()];
            },
            candles =>
            {
                var c = Enumerable.Range(0, 6).Select(_ => new double[candles.Length]).ToArray();
                Series.Closes(candles).AsSpan().BollingerBands(20, 2, c[0], c[1], c[2], c[3], c[4], c[5]);
                return c;
            });

    [Fact]
    public void SpanForm_WarmCall_AllocatesNothing() =>
        SpanFormChecks.AllocatesNothing(candles =>
        {
            var input = Series.Closes(candles);
            var c = Enumerable.Range(0, 6).Select(_ => new double[candles.Length]).ToArray();
            return () => input.AsSpan().BollingerBands(20, 2, c[0], c[1], c[2], c[3], c[4], c[5]);
        });
}
