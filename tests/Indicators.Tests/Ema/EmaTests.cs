using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class EmaTests
{
    [Fact]
    public void Ema_ReferenceQuotes_MatchesEveryRowBatchAndIncremental()
    {
        var expected = Reference.Results("ema");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));

        ColumnAssert.MatchesReference(expected, "ema", closes.Ema(20), "batch");
        var incremental = new EmaIncremental(20);
        ColumnAssert.MatchesReference(expected, "ema", closes.Select(c => incremental.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Ema_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(EmaCatalog.Definition, new Dictionary<string, double> { ["period"] = 20 },
            candles => [Series.Closes(candles).Ema(20)]);

    [Fact]
    public void Ema_IntoBuffer_EqualsAllocatingForm() =>
        CloseSeriesChecks.BufferFormEqualsArrayForm(c => c.Ema(20), (c, buffer) => c.Ema(20, buffer));

    [Fact]
    public void Ema_EmptyInput_ReturnsEmpty() => CloseSeriesChecks.EmptyGivesEmpty(c => c.Ema(20));

    [Fact]
    public void Ema_FewerBarsThanWarmup_ReturnsAllNull() => CloseSeriesChecks.ShortSeriesAllNull(c => c.Ema(20), 20 - 1);

    [Fact]
    public void Ema_ConstantPrices_EqualsThePrice() => CloseSeriesChecks.ConstantGives(c => c.Ema(20), 0.1, 0.1);

    [Fact]
    public void Ema_HugePrices_ScaleLinearly() => CloseSeriesChecks.ScalesWithPrices(c => c.Ema(20), 1e150, 1e150);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_PeriodTooSmall_ThrowsNamingPeriod(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EmaIncremental(period));
        Assert.Equal("period", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Array.Empty<double>().Ema(period));
    }

    [Fact]
    public void Ema_HandComputed_SmaSeedThenSmoothing()
    {
        // k = 2/(3+1) = 0.5; seed = mean(1,2,3) = 2; then 2 + 0.5*(6-2) = 4; 4 + 0.5*(0-4) = 2.
        Assert.Equal([null, null, 2.0, 4.0, 2.0], new double[] { 1, 2, 3, 6, 0 }.Ema(3));
    }

    [Fact]
    public void Ema_PeriodOne_EqualsInput() =>
        Assert.Equal([3.0, 1.0, 4.0], new double[] { 3, 1, 4 }.Ema(1));

    [Fact]
    public void SpanForm_AllSeries_EqualsOtherFormsAllocatesNothingChecksOutput() =>
        SpanFormChecks.ClosePeriodFormChecks(EmaCatalog.Definition, 20,
            (closes, period) => closes.Ema(period), (closes, period, output) => closes.Ema(period, output));
}
