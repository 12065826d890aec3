using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests;

public sealed class CciTests
{
    [Fact]
    public void Cci_ReferenceQuotes_MatchesEveryRowBatchAndIncremental()
    {
        var expected = Reference.Results("cci");
        var quotes = Reference.QuotesFor(expected.Entry);
        var kernel = new CciIncremental(20);

        ColumnAssert.MatchesReference(expected, "cci", quotes.AsSpan().Cci(20), "batch");
        ColumnAssert.MatchesReference(expected, "cci", quotes.Select(c => kernel.Add(c)).ToArray(), "incremental");
    }

    [Theory]
    [InlineData(20)]
    [InlineData(200)]
    public void Cci_LongSeries_BatchEqualsIncremental(int period) =>
        Consistency.BatchEqualsIncremental(
            CciCatalog.Definition, new Dictionary<string, double> { ["period"] = period }, candles => [candles.AsSpan().Cci(period)]);

    [Fact]
    public void Cci_EmptyInput_ReturnsEmpty() => Assert.Empty(ReadOnlySpan<Candle>.Empty.Cci());

    [Fact]
    public void Cci_FewerBarsThanPeriod_ReturnsAllNull() => Assert.All(Series.Bitcoin().AsSpan(0, 19).Cci(20), v => Assert.Null(v));

    [Fact]
    public void Cci_ConstantPrices_IsNullBecauseDeviationIsZero() =>
        Assert.All(Series.FromCloses(Enumerable.Repeat(3.0, 40).ToArray()).AsSpan().Cci(20), v => Assert.Null(v));

    [Fact]
    public void Cci_ConstantPricesWithInexactMean_IsNull()
    {
        // 0.1 has no exact binary form: twenty of them sum and divide to a mean that need not be 0.1, and a deviation
        // taken around it is a rounding residue, which used to turn into a CCI of noise instead of null.
        var candles = Series.FromCloses(Enumerable.Repeat(0.1, 40).ToArray());
        Assert.All(candles.AsSpan().Cci(20), v => Assert.Null(v));
        Assert.All(candles.AsSpan().Cci(3), v => Assert.Null(v));
    }

    [Fact]
    public void Cci_FlatStretchInsideAMovingSeries_NullExactlyWhileTheWindowIsFlat()
    {
        double[] closes = [.. Enumerable.Range(0, 30).Select(i => 100.0 + i % 7), .. Enumerable.Repeat(0.7, 25), 0.8, 0.9];
        var result = Series.FromCloses(closes).AsSpan().Cci(20);
        for (int i = 19; i < closes.Length; i++)
        {
            bool flat = closes.Skip(i - 19).Take(20).Distinct().Count() == 1;
            Assert.True(flat == (result[i] is null), $"row {i}: flat window {flat}, CCI {result[i]}");
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(70)]
    [InlineData(500)]
    public void Cci_TreeAndScanForms_AgreeOnBothLongSeries(int period)
    {
        foreach (var (name, candles) in Series.Long())
        {
            var tree = new CciIncremental(period, treeFromCapacity: 1);
            var scan = new CciIncremental(period, treeFromCapacity: int.MaxValue);
            ColumnAssert.Equal(
                candles.Select(c => scan.Add(c)).ToArray(), candles.Select(c => tree.Add(c)).ToArray(), $"cci({period}) scan vs tree on {name}");
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(200)]
    public void Cci_PricesNear1e5MovingBy1e6_EqualsCciOfTheOffsets(int period)
    {
        // CCI ignores a shift of every price: x = 1e5 + k * 2^-30 must give the CCI of the small integers k, which
        // plain doubles compute well. A mean rounded to a double would be off by up to 0.5 ulp(1e5) ~ 7e-12, about
        // 3e-5 of the mean deviation (~2.4e-7) here: a CCI error near 1e-3, a million times the tolerance.
        const double step = 1.0 / (1 << 30);
        var random = new Random(period);
        var ks = Enumerable.Range(0, 5 * period).Select(_ => (double)random.Next(1024)).ToArray();
        var offsets = Series.FromCloses(ks);
        var near1e5 = Series.FromCloses(ks.Select(k => 1e5 + k * step).ToArray());

        ColumnAssert.Equal(offsets.AsSpan().Cci(period), near1e5.AsSpan().Cci(period), $"cci({period}) of 1e5 + k 2^-30 vs of k");
    }

    [Fact]
    public void Cci_NaNCandle_NullWhileInWindowThenAsIfNeverSeen()
    {
        var candles = Series.Bitcoin()[..700];
        candles[100] = candles[100] with { Close = double.NaN };
        foreach (int period in new[] { 20, 200 }) // scanned and tree windows
        {
            var result = candles.AsSpan().Cci(period);
            var fresh = candles.AsSpan(101).Cci(period);
            Assert.All(result[100..(100 + period)], v => Assert.Null(v));
            ColumnAssert.Equal(fresh[(period - 1)..], result[(100 + period)..], $"cci({period}) after the NaN left the window");
        }
    }

    [Fact]
    public void Add_LargePeriodAfterWarmup_AllocatesNothing()
    {
        var kernel = new CciIncremental(2_000);
        var candles = Series.RandomWalk100K();
        double Feed(int from)
        {
            double sink = 0;
            for (int i = from; i < from + 10_000; i++) sink += kernel.Add(candles[i]) ?? 0;
            return sink;
        }

        Feed(0);
        long best = long.MaxValue;
        // Best of a few rounds: the JIT may allocate while tiering up; an allocation per update shows in every round.
        for (int round = 1; round <= 5 && best > 0; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Feed(round * 10_000);
            best = Math.Min(best, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.True(best == 0, $"{best} bytes allocated per 10,000 updates.");
    }

    [Fact]
    public void Cci_HandComputed_MeanAbsoluteDeviation()
    {
        // period 3 on TPs 1, 2, 6 (open = high = low = close): mean 3, deviations 2, 1, 3 -> 2; (6 - 3) / (0.015 * 2) = 100.
        var result = Series.FromCloses(1, 2, 6).AsSpan().Cci(3);
        Assert.Equal([null, null, 100.0], result, Tolerance.Reference);
    }

    [Fact]
    public void Cci_PeriodOne_IsAlwaysNull() => Assert.All(Series.Bitcoin().AsSpan(0, 10).Cci(1), v => Assert.Null(v));

    [Fact]
    public void Cci_HugePrices_ScaleInvariant()
    {
        var candles = Series.Bitcoin();
        var scaled = candles.Select(c => c with { High = c.High * 1e150, Low = c.Low * 1e150, Close = c.Close * 1e150 }).ToArray();
        ColumnAssert.Equal(candles.AsSpan().Cci(), scaled.AsSpan().Cci(), "cci scaled by 1e150");
    }

    [Fact]
    public void Constructor_PeriodZero_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new CciIncremental(0)).ParamName);

    [Fact]
    public void SpanForm_AllSeries_EqualsBatchAndIncremental() =>
        SpanFormChecks.SpanEqualsBatchAndIncremental(CciCatalog.Definition, new Dictionary<string, double> { ["period"] = 20 },
            candles => [candles.AsSpan().Cci(20)],
            candles =>
            {
                var output = new double[candles.Length];
                candles.AsSpan().Cci(20, output);
                return [output];
            });

    [Fact]
    public void SpanForm_WarmCall_AllocatesNothing() =>
        SpanFormChecks.AllocatesNothing(candles =>
        {
            var input = candles;
            var output = new double[candles.Length];
            return () => input.AsSpan().Cci(20, output);
        });

    [Fact]
    public void SpanForm_ShortOutput_ThrowsNamingOutput()
    {
        var input = Series.Bitcoin();
        var error = Assert.Throws<ArgumentException>(() => input.AsSpan().Cci(20, new double[input.Length - 1]));
        Assert.Equal("output", error.ParamName);
    }
}
