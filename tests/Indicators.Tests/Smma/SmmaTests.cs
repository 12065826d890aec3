using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class SmmaTests
{
    [Fact]
    public void Smma_ReferenceQuotes_MatchesEveryRowBatchAndIncremental()
    {
        var expected = Reference.Results("smma");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));

        ColumnAssert.MatchesReference(expected, "smma", closes.Smma(20), "batch");
        var incremental = new SmmaIncremental(20);
        ColumnAssert.MatchesReference(expected, "smma", closes.Select(c => incremental.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Smma_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(SmmaCatalog.Definition, new Dictionary<string, double> { ["period"] = 20 },
            candles => [Series.Closes(candles).Smma(20)]);

    [Fact]
    public void Smma_EmptyInput_ReturnsEmpty() => CloseSeriesChecks.EmptyGivesEmpty(c => c.Smma(20));

    [Fact]
    public void Smma_FewerBarsThanWarmup_ReturnsAllNull() => CloseSeriesChecks.ShortSeriesAllNull(c => c.Smma(20), 20 - 1);

    [Fact]
    public void Smma_ConstantPrices_EqualsThePrice() => CloseSeriesChecks.ConstantGives(c => c.Smma(20), 0.1, 0.1);

    [Fact]
    public void Smma_HugePrices_ScaleLinearly() => CloseSeriesChecks.ScalesWithPrices(c => c.Smma(20), 1e150, 1e150);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_PeriodTooSmall_ThrowsNamingPeriod(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SmmaIncremental(period));
        Assert.Equal("period", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Array.Empty<double>().Smma(period));
    }

    [Fact]
    public void Smma_HandComputed_SmaSeedThenWilder()
    {
        // seed mean(1,2,3) = 2; (2*2 + 8)/3 = 4.
        Assert.Equal([null, null, 2.0, 4.0], new double[] { 1, 2, 3, 8 }.Smma(3));
    }

    [Fact]
    public void Smma_PeriodOne_EqualsInput() =>
        Assert.Equal([3.0, 1.0, 4.0], new double[] { 3, 1, 4 }.Smma(1));

    [Fact]
    public void SpanForm_AllSeries_EqualsOtherFormsAllocatesNothingChecksOutput() =>
        SpanFormChecks.ClosePeriodFormChecks(SmmaCatalog.Definition, 14,
            (closes, period) => closes.Smma(period), (closes, period, output) => closes.Smma(period, output));
}
