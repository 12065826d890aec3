using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.Adx;

public sealed class AdxTests
{
    // catalog field order: adx, pdi, mdi, dx, adxr
    private static readonly (string Name, Func<AdxResult, double?> Get)[] Fields =
        [("adx", r => r.Adx), ("pdi", r => r.Pdi), ("mdi", r => r.Mdi), ("dx", r => r.Dx), ("adxr", r => r.Adxr)];

    [Fact]
    public void Batch_DefaultQuotes_MatchesReferenceEveryField()
    {
        var expected = Reference.Results("adx");
        var results = Reference.QuotesFor(expected.Entry).Adx(14);

        foreach (var (name, get) in Fields) ColumnAssert.MatchesReference(expected, name, results.Select(get).ToArray(), "batch");
    }

    [Fact]
    public void Add_DefaultQuotes_MatchesReferenceEveryField()
    {
        var expected = Reference.Results("adx");
        var kernel = new AdxIncremental(14);

        var results = Reference.QuotesFor(expected.Entry).Select(c => kernel.Add(c)).ToArray();

        foreach (var (name, get) in Fields) ColumnAssert.MatchesReference(expected, name, results.Select(get).ToArray(), "incremental");
    }

    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
        {
            var batch = candles.Adx(14);
            var catalog = CatalogDriver.Run(AdxCatalog.Definition, candles);
            for (int f = 0; f < Fields.Length; f++)
                ColumnAssert.Equal(batch.Select(Fields[f].Get).ToArray(), catalog[f], $"adx.{AdxCatalog.Definition.Fields[f]} on {series}");
        }
    }

    [Fact]
    public void Batch_ShortSeries_MatchesHandComputedPeriodTwo()
    {
        // period 2. Bar 1: TR 2, +DM 1, -DM 0. Bar 2: TR 3, +DM 0, -DM 2. Sums at index 2: TR 5, +DM 1, -DM 2
        // -> +DI 20, -DI 40, DX 100*20/60. Bar 3: TR 2, +DM 0, -DM 0 (inside bar); smoothed TR 5-2.5+2 = 4.5,
        // +DM 1-0.5+0 = 0.5, -DM 2-1+0 = 1 -> +DI 100/9, -DI 200/9, DX 100/3; ADX(index 3) = mean of DX 2..3 = 100/3.
        var candles = Series.FromHlcv((10, 9, 9.5, 1), (11, 9, 10, 1), (10, 7, 8, 1), (9.5, 7.5, 9, 1));

        var r = candles.Adx(2);

        Assert.Equal(20, r[2].Pdi!.Value, 12);
        Assert.Equal(40, r[2].Mdi!.Value, 12);
        Assert.Equal(100.0 / 3, r[2].Dx!.Value, 12);
        Assert.Null(r[2].Adx);
        Assert.Equal(100.0 / 9, r[3].Pdi!.Value, 12);
        Assert.Equal(200.0 / 9, r[3].Mdi!.Value, 12);
        Assert.Equal(100.0 / 3, r[3].Adx!.Value, 12);
        Assert.Null(r[3].Adxr);
    }

    [Fact]
    public void Batch_ConstantPrices_AllNullNoDivisionByZero()
    {
        var results = Series.FromCloses(Enumerable.Repeat(5.0, 60).ToArray()).Adx(14);

        Assert.All(results, r => Assert.Equal(default, r));
    }

    [Fact]
    public void Batch_EmptyShortPeriodOneAndHuge_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().Adx());
        Assert.All(Reference.Quotes("default")[..27].Adx(14), r => Assert.Null(r.Adx));
        var one = Reference.Quotes("default").Adx(1);
        Assert.Equal(one.Select(r => r.Dx), one.Select(r => r.Adx));
        var candles = Reference.Quotes("default");
        var huge = candles.Select(c => c with { High = c.High * 1e200, Low = c.Low * 1e200, Close = c.Close * 1e200 }).ToArray();
        ColumnAssert.Equal(candles.Adx(14).Select(r => r.Adx).ToArray(), huge.Adx(14).Select(r => r.Adx).ToArray(), "adx x 1e200");
    }

    [Fact]
    public void Batch_NoMovementPastWarmup_EqualsIncrementalWithNullRows()
    {
        // A flat start keeps the smoothed TR at exactly 0 beyond the warm-up (index 2N - 1 = 3), so the batch fast
        // path meets null rows too; then real candles follow. Both forms must agree row by row.
        var candles = Series.FromCloses(Enumerable.Repeat(250.0, 10).ToArray()).Concat(Reference.Quotes("default")).ToArray();

        var batch = candles.Adx(2);
        var catalog = CatalogDriver.Run(AdxCatalog.Definition, new Dictionary<string, double> { ["period"] = 2 }, candles);

        Assert.Equal(default, batch[6]);
        Assert.NotNull(batch[^1].Adx);
        for (int f = 0; f < Fields.Length; f++)
            ColumnAssert.Equal(batch.Select(Fields[f].Get).ToArray(), catalog[f], $"adx.{AdxCatalog.Definition.Fields[f]} flat start");
    }

    [Fact]
    public void Constructor_InvalidPeriod_ThrowsNamingIt() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new AdxIncremental(0)).ParamName);

    [Fact]
    public void SpanForm_AllSeries_EqualsBatchAndIncremental() =>
        SpanFormChecks.SpanEqualsBatchAndIncremental(AdxCatalog.Definition, new Dictionary<string, double> { ["period"] = 14 },
            candles =>
            {
                var results = candles.AsSpan().Adx(14);
                return [results.Select(r => r.Adx).ToArray(), results.Select(r => r.Pdi).ToArray(), results.Select(r => r.Mdi).ToArray(), results.Select(r => r.Dx).ToArray(), results.Select(r => r.Adxr).ToArray()];
            },
            candles =>
            {
                var c = Enumerable.Range(0, 5).Select(_ => new double[candles.Length]).ToArray();
                candles.AsSpan().Adx(14, c[0], c[1], c[2], c[3], c[4]);
                return c;
            });

    [Fact]
    public void SpanForm_WarmCall_AllocatesNothing() =>
        SpanFormChecks.AllocatesNothing(candles =>
        {
            var input = candles;
            var c = Enumerable.Range(0, 5).Select(_ => new double[candles.Length]).ToArray();
            return () => input.AsSpan().Adx(14, c[0], c[1], c[2], c[3], c[4]);
        });

    [Fact]
    public void SpanForm_AdxrWithoutOtherFields_EqualsFullForm()
    {
        var candles = Series.Bitcoin();
        var adx = new double[candles.Length];
        var adxr = new double[candles.Length];
        var full = Enumerable.Range(0, 5).Select(_ => new double[candles.Length]).ToArray();
        candles.AsSpan().Adx(14, adx, adxr: adxr);
        candles.AsSpan().Adx(14, full[0], full[1], full[2], full[3], full[4]);
        Assert.Equal(full[0], adx);
        Assert.Equal(full[4], adxr);
    }

    [Fact]
    public void SpanForm_OptionalOutputTooShort_ThrowsNamingIt()
    {
        var candles = Series.Bitcoin();
        var error = Assert.Throws<ArgumentException>(() => candles.AsSpan().Adx(14, new double[candles.Length], dx: new double[3]));
        Assert.Equal("dx", error.ParamName);
    }
}
