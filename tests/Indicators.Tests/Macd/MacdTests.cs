using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class MacdTests
{
    private static readonly (string Name, Func<MacdResult, double?> Get)[] Fields =
    [
        ("macd", r => r.Macd), ("signal", r => r.Signal), ("histogram", r => r.Histogram),
        ("fastEma", r => r.FastEma), ("slowEma", r => r.SlowEma),
    ];

    [Fact]
    public void Macd_ReferenceQuotes_MatchesEveryFieldBatchAndIncremental()
    {
        var expected = Reference.Results("macd");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));
        var batch = closes.Macd(12, 26, 9);
        var kernel = new MacdIncremental(12, 26, 9);
        var incremental = closes.Select(c => kernel.Add(c)).ToArray();

        foreach (var (name, get) in Fields)
        {
            ColumnAssert.MatchesReference(expected, name, batch.Select(get).ToArray(), "batch");
            ColumnAssert.MatchesReference(expected, name, incremental.Select(get).ToArray(), "incremental");
        }
    }

    [Fact]
    public void Macd_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(MacdCatalog.Definition, new Dictionary<string, double>(), candles =>
        {
            var r = Series.Closes(candles).Macd();
            return [.. Fields.Select(f => (IReadOnlyList<double?>)r.Select(f.Get).ToArray())];
        });

    [Fact]
    public void Macd_EmptyInput_ReturnsEmpty() => Assert.Empty(Array.Empty<double>().Macd());

    [Fact]
    public void Macd_FewerBarsThanSlowPeriod_MacdAllNull() =>
        CloseSeriesChecks.ShortSeriesAllNull(c => c.Macd().Select(r => r.Macd).ToArray(), 25);

    [Fact]
    public void Macd_ConstantPrices_AllFieldsZero()
    {
        // Zero up to the rounding of the two SMA seeds (0.1 * 12 / 12 vs 0.1 * 26 / 26).
        var result = Enumerable.Repeat(0.1, 100).ToArray().Macd();
        Assert.All(result.Skip(33), r => Assert.True(
            Tolerance.Within(r.Macd, 0.0) && Tolerance.Within(r.Signal, 0.0) && Tolerance.Within(r.Histogram, 0.0), r.ToString()));
    }

    [Fact]
    public void Macd_HugePrices_ScaleLinearly() =>
        CloseSeriesChecks.ScalesWithPrices(c => c.Macd().Select(r => r.Histogram).ToArray(), 1e150, 1e150);

    [Fact]
    public void Macd_HandComputed_SignalSeededFromFirstMacdValues()
    {
        // fast 1 (EMA = close), slow 2 (k = 2/3), signal 1 (signal = macd).
        // closes 1, 4, 7: slow seed at idx1 = 2.5, idx2 = 2.5 + 2/3*(7 - 2.5) = 5.5.
        var result = new double[] { 1, 4, 7 }.Macd(1, 2, 1);
        Assert.Null(result[0].Macd);
        Assert.Equal(new MacdResult(1.5, 1.5, 0, 4, 2.5), result[1]);
        Assert.Equal(1.5, result[2].Macd!.Value, 12);
    }

    [Theory]
    [InlineData(0, 26, 9, "fastPeriod")]
    [InlineData(12, 12, 9, "slowPeriod")]
    [InlineData(26, 12, 9, "slowPeriod")]
    [InlineData(12, 26, 0, "signalPeriod")]
    public void Constructor_InvalidPeriods_ThrowsNamingParameter(int fast, int slow, int signal, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new MacdIncremental(fast, slow, signal)).ParamName);

    [Fact]
    public void SpanForm_AllSeries_EqualsBatchAndIncremental() =>
        SpanFormChecks.SpanEqualsBatchAndIncremental(MacdCatalog.Definition, new Dictionary<string, double> { ["fast_period"] = 12, ["slow_period"] = 26, ["signal_period"] = 9 },
            candles =>
            {
                var results = Series.Closes(candles).AsSpan().Macd(12, 26, 9);
                return [results.Select(r => r.Macd).ToArray(), results.Select(r => r.Signal).ToArray(), results.Select(r => r.Histogram).ToArray(), results.Select(r => r.FastEma).ToArray(), results.Select(r => r.SlowEma).ToArray()];
            },
            candles =>
            {
                var c = Enumerable.Range(0, 5).Select(_ => new double[candles.Length]).ToArray();
                Series.Closes(candles).AsSpan().Macd(12, 26, 9, c[0], c[1], c[2], c[3], c[4]);
                return c;
            });

    [Fact]
    public void SpanForm_WarmCall_AllocatesNothing() =>
        SpanFormChecks.AllocatesNothing(candles =>
        {
            var input = Series.Closes(candles);
            var c = Enumerable.Range(0, 5).Select(_ => new double[candles.Length]).ToArray();
            return () => input.AsSpan().Macd(12, 26, 9, c[0], c[1], c[2], c[3], c[4]);
        });

    [Fact]
    public void SpanForm_OnlySomeFields_WritesThoseAsTheFullForm()
    {
        var closes = Series.Closes(Series.Bitcoin());
        var full = Enumerable.Range(0, 5).Select(_ => new double[closes.Length]).ToArray();
        closes.AsSpan().Macd(12, 26, 9, full[0], full[1], full[2], full[3], full[4]);
        var histogram = new double[closes.Length];
        closes.AsSpan().Macd(12, 26, 9, [], histogram: histogram);
        Assert.Equal(full[2], histogram);
    }
}
