using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class RsiTests
{
    [Fact]
    public void Rsi_ReferenceQuotes_MatchesEveryRowBatchAndIncremental()
    {
        var expected = Reference.Results("rsi");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));

        ColumnAssert.MatchesReference(expected, "rsi", closes.Rsi(14), "batch");
        var incremental = new RsiIncremental(14);
        ColumnAssert.MatchesReference(expected, "rsi", closes.Select(c => incremental.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Rsi_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(RsiCatalog.Definition, new Dictionary<string, double> { ["period"] = 14 },
            candles => [Series.Closes(candles).Rsi(14)]);

    [Fact]
    public void Rsi_IntoBuffer_EqualsAllocatingForm() =>
        CloseSeriesChecks.BufferFormEqualsArrayForm(c => c.Rsi(14), (c, buffer) => c.Rsi(14, buffer));

    [Fact]
    public void Rsi_EmptyInput_ReturnsEmpty() => CloseSeriesChecks.EmptyGivesEmpty(c => c.Rsi(14));

    [Fact]
    public void Rsi_FewerBarsThanWarmup_ReturnsAllNull() => CloseSeriesChecks.ShortSeriesAllNull(c => c.Rsi(14), 14);

    [Fact]
    public void Rsi_ConstantPrices_Is100BecauseAverageLossIsZero() => CloseSeriesChecks.ConstantGives(c => c.Rsi(14), 0.1, 100);

    [Fact]
    public void Rsi_HugePrices_ScaleInvariant() => CloseSeriesChecks.ScalesWithPrices(c => c.Rsi(14), 1e150, 1);

    [Fact]
    public void Rsi_HandComputed_SimpleMeanSeedThenWilder()
    {
        // period 2; changes +2, -1 -> avg gain 1, avg loss 0.5, rs 2, rsi 66.67.
        // next change +3: gain (1*1 + 3)/2 = 2, loss (0.5*1 + 0)/2 = 0.25, rs 8, rsi 88.89.
        var result = new double[] { 10, 12, 11, 14 }.Rsi(2);
        Assert.Equal([null, null, 100 - 100 / 3.0, 100 - 100 / 9.0], result, Tolerance.Reference);
    }

    [Fact]
    public void Rsi_PeriodOne_Is100OnRiseAnd0OnFall() =>
        Assert.Equal([null, 100.0, 0.0, 100.0], new double[] { 1, 2, 1, 3 }.Rsi(1));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_PeriodBelowOne_ThrowsNamingPeriod(int period) =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RsiIncremental(period)).ParamName);

    [Fact]
    public void SpanForm_AllSeries_EqualsOtherFormsAllocatesNothingChecksOutput() =>
        SpanFormChecks.ClosePeriodFormChecks(RsiCatalog.Definition, 14,
            (closes, period) => closes.Rsi(period), (closes, period, output) => closes.Rsi(period, output));
}
