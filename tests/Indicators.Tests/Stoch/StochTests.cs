using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests;

public sealed class StochTests
{
    private static readonly (string Name, Func<StochResult, double?> Get)[] ReferenceFields =
    [
        ("oscillator", r => r.Oscillator), ("signal", r => r.Signal), ("percentJ", r => r.PercentJ),
        ("k", r => r.K), ("d", r => r.D), ("j", r => r.J),
    ];

    [Fact]
    public void Stoch_ReferenceQuotes_MatchesEveryFieldBatchAndIncremental()
    {
        var expected = Reference.Results("stoch");
        var quotes = Reference.QuotesFor(expected.Entry);
        var batch = quotes.AsSpan().Stoch(14, 3, 3);
        var kernel = new StochIncremental(14, 3, 3);
        var incremental = quotes.Select(c => kernel.Add(c)).ToArray();

        foreach (var (name, get) in ReferenceFields)
        {
            ColumnAssert.MatchesReference(expected, name, batch.Select(get).ToArray(), "batch");
            ColumnAssert.MatchesReference(expected, name, incremental.Select(get).ToArray(), "incremental");
        }
    }

    [Fact]
    public void Stoch_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(StochCatalog.Definition, new Dictionary<string, double>(), candles =>
        {
            var r = candles.AsSpan().Stoch();
            return [r.Select(x => x.Oscillator).ToArray(), r.Select(x => x.Signal).ToArray(), r.Select(x => x.PercentJ).ToArray()];
        });

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(14)]
    public void Stoch_FastOnLongSeries_EqualsNaiveWindowScan(int period)
    {
        foreach (var (name, candles) in Series.Long())
        {
            var naive = new double?[candles.Length];
            for (int i = period - 1; i < candles.Length; i++)
            {
                var window = candles.AsSpan(i + 1 - period, period).ToArray();
                double high = window.Max(c => c.High), low = window.Min(c => c.Low);
                naive[i] = high == low ? 0 : 100 * (candles[i].Close - low) / (high - low);
            }
            ColumnAssert.Equal(naive, candles.AsSpan().Stoch(period, 1, 1).Select(r => r.Oscillator).ToArray(), $"fast stoch({period}) on {name}");
        }
    }

    [Fact]
    public void Stoch_EmptyInput_ReturnsEmpty() => Assert.Empty(ReadOnlySpan<Candle>.Empty.Stoch());

    [Fact]
    public void Stoch_FewerBarsThanWarmup_ReturnsAllNull() =>
        Assert.All(Series.Bitcoin().AsSpan(0, 15).Stoch(14, 3, 3), r => Assert.Equal(default, r));

    [Fact]
    public void Stoch_ConstantPrices_IsZeroNotDivisionByZero()
    {
        var result = Series.FromCloses(Enumerable.Repeat(7.0, 30).ToArray()).AsSpan().Stoch();
        Assert.All(result.Skip(17), r => Assert.Equal(new StochResult(0, 0, 0), r));
    }

    [Fact]
    public void Stoch_HandComputedFastStochastic_UsesWindowHighAndLow()
    {
        // period 2, smooth 1, signal 2: raw %K at idx1 = 100*(12-9)/(13-9) = 75; idx2 = 100*(10-8)/(14-8) = 33.33.
        var candles = Series.FromHlcv((11, 9, 10, 1), (13, 10, 12, 1), (14, 8, 10, 1));
        var result = candles.AsSpan().Stoch(2, 2, 1);
        Assert.Equal(new StochResult(null, null, null), result[0]);
        Assert.Equal(new StochResult(75, null, null), result[1]);
        double k = 100 * 2 / 6.0, d = (75 + k) / 2;
        Assert.Equal([k, d, 3 * k - 2 * d], [result[2].Oscillator, result[2].Signal, result[2].PercentJ], Tolerance.Reference);
    }

    [Fact]
    public void Stoch_PeriodOne_IsPositionOfCloseInBarRange()
    {
        var candles = Series.FromHlcv((10, 0, 2.5, 1), (10, 0, 10, 1));
        var result = candles.AsSpan().Stoch(1, 1, 1);
        Assert.Equal([25.0, 100.0], result.Select(r => r.Oscillator).ToArray());
    }

    [Fact]
    public void Stoch_HugePrices_ScaleInvariant()
    {
        var candles = Series.Bitcoin();
        var scaled = candles.Select(c => c with { High = c.High * 1e150, Low = c.Low * 1e150, Close = c.Close * 1e150 }).ToArray();
        ColumnAssert.Equal(candles.AsSpan().Stoch().Select(r => r.Oscillator).ToArray(),
            scaled.AsSpan().Stoch().Select(r => r.Oscillator).ToArray(), "stoch scaled by 1e150");
    }

    [Theory]
    [InlineData(0, 3, 3, 3, 2, "lookbackPeriod")]
    [InlineData(14, 0, 3, 3, 2, "signalPeriod")]
    [InlineData(14, 3, 0, 3, 2, "smoothPeriod")]
    [InlineData(14, 3, 3, 0, 2, "kFactor")]
    [InlineData(14, 3, 3, 3, -1, "dFactor")]
    public void Constructor_InvalidParameter_ThrowsNamingIt(int lookback, int signal, int smooth, double k, double d, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new StochIncremental(lookback, signal, smooth, k, d)).ParamName);

    [Fact]
    public void SpanForm_AllSeries_EqualsBatchAndIncremental() =>
        SpanFormChecks.SpanEqualsBatchAndIncremental(StochCatalog.Definition, new Dictionary<string, double> { ["period"] = 14, ["signal_period"] = 3, ["smooth_period"] = 3 },
            candles =>
            {
                var results = candles.AsSpan().Stoch(14, 3, 3);
                return [results.Select(r => r.Oscillator).ToArray(), results.Select(r => r.Signal).ToArray(), results.Select(r => r.PercentJ).ToArray()];
            },
            candles =>
            {
                var c = Enumerable.Range(0, 3).Select(_ => new double[candles.Length]).ToArray();
                candles.AsSpan().Stoch(14, 3, 3, c[0], c[1], c[2]);
                return c;
            });

    [Fact]
    public void SpanForm_WarmCall_AllocatesNothing() =>
        SpanFormChecks.AllocatesNothing(candles =>
        {
            var input = candles;
            var c = Enumerable.Range(0, 3).Select(_ => new double[candles.Length]).ToArray();
            return () => input.AsSpan().Stoch(14, 3, 3, c[0], c[1], c[2]);
        });

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(5, 3, 1)]
    [InlineData(50, 7, 5)]
    public void SpanForm_OtherPeriods_EqualsIncremental(int lookback, int signal, int smooth)
    {
        foreach (var (name, candles) in Series.Long())
        {
            var k = new double[candles.Length];
            var d = new double[candles.Length];
            candles.AsSpan().Stoch(lookback, signal, smooth, k, d);
            var kernel = new StochIncremental(lookback, signal, smooth);
            var incremental = candles.Select(c => kernel.Add(c)).ToArray();
            ColumnAssert.Equal(incremental.Select(r => r.Oscillator).ToArray(), k.Select(v => double.IsNaN(v) ? (double?)null : v).ToArray(), $"%K on {name}");
            ColumnAssert.Equal(incremental.Select(r => r.Signal).ToArray(), d.Select(v => double.IsNaN(v) ? (double?)null : v).ToArray(), $"%D on {name}");
        }
    }
}
