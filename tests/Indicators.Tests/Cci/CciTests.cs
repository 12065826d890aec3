using Trader.Indicators.Tests.Infrastructure;
using Trader.Timeframes;

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

    [Fact]
    public void Cci_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(CciCatalog.Definition, new Dictionary<string, double>(), candles => [candles.AsSpan().Cci()]);

    [Fact]
    public void Cci_EmptyInput_ReturnsEmpty() => Assert.Empty(ReadOnlySpan<Candle>.Empty.Cci());

    [Fact]
    public void Cci_FewerBarsThanPeriod_ReturnsAllNull() => Assert.All(Series.Bitcoin().AsSpan(0, 19).Cci(20), v => Assert.Null(v));

    [Fact]
    public void Cci_ConstantPrices_IsNullBecauseDeviationIsZero() =>
        Assert.All(Series.FromCloses(Enumerable.Repeat(3.0, 40).ToArray()).AsSpan().Cci(20), v => Assert.Null(v));

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
}
