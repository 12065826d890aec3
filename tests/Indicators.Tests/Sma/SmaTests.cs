using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class SmaTests
{
    [Fact]
    public void Sma_ReferenceQuotes_MatchesEveryRowBatchAndIncremental()
    {
        var expected = Reference.Results("sma");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));

        ColumnAssert.MatchesReference(expected, "sma", closes.Sma(20), "batch");
        var incremental = new SmaIncremental(20);
        ColumnAssert.MatchesReference(expected, "sma", closes.Select(c => incremental.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Sma_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(SmaCatalog.Definition, new Dictionary<string, double> { ["period"] = 20 },
            candles => [Series.Closes(candles).Sma(20)]);

    [Fact]
    public void Sma_EmptyInput_ReturnsEmpty() => CloseSeriesChecks.EmptyGivesEmpty(c => c.Sma(20));

    [Fact]
    public void Sma_FewerBarsThanWarmup_ReturnsAllNull() => CloseSeriesChecks.ShortSeriesAllNull(c => c.Sma(20), 20 - 1);

    [Fact]
    public void Sma_ConstantPrices_EqualsThePrice() => CloseSeriesChecks.ConstantGives(c => c.Sma(20), 0.1, 0.1);

    [Fact]
    public void Sma_HugePrices_ScaleLinearly() => CloseSeriesChecks.ScalesWithPrices(c => c.Sma(20), 1e150, 1e150);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_PeriodTooSmall_ThrowsNamingPeriod(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SmaIncremental(period));
        Assert.Equal("period", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Array.Empty<double>().Sma(period));
    }

    [Fact]
    public void Sma_HandComputed_MeanOfLastN() =>
        Assert.Equal([null, null, 2.0, 3.0, 4.0], new double[] { 1, 2, 3, 4, 5 }.Sma(3));

    [Fact]
    public void Sma_PeriodOne_EqualsInput() =>
        Assert.Equal([3.0, 1.0, 4.0], new double[] { 3, 1, 4 }.Sma(1));
}
