using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class WmaTests
{
    [Fact]
    public void Wma_ReferenceQuotes_MatchesEveryRowBatchAndIncremental()
    {
        var expected = Reference.Results("wma");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));

        ColumnAssert.MatchesReference(expected, "wma", closes.Wma(14), "batch");
        var incremental = new WmaIncremental(14);
        ColumnAssert.MatchesReference(expected, "wma", closes.Select(c => incremental.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Wma_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(WmaCatalog.Definition, new Dictionary<string, double> { ["period"] = 14 },
            candles => [Series.Closes(candles).Wma(14)]);

    [Fact]
    public void Wma_EmptyInput_ReturnsEmpty() => CloseSeriesChecks.EmptyGivesEmpty(c => c.Wma(14));

    [Fact]
    public void Wma_FewerBarsThanWarmup_ReturnsAllNull() => CloseSeriesChecks.ShortSeriesAllNull(c => c.Wma(14), 14 - 1);

    [Fact]
    public void Wma_ConstantPrices_EqualsThePrice() => CloseSeriesChecks.ConstantGives(c => c.Wma(14), 0.1, 0.1);

    [Fact]
    public void Wma_HugePrices_ScaleLinearly() => CloseSeriesChecks.ScalesWithPrices(c => c.Wma(14), 1e150, 1e150);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_PeriodTooSmall_ThrowsNamingPeriod(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WmaIncremental(period));
        Assert.Equal("period", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Array.Empty<double>().Wma(period));
    }

    [Fact]
    public void Wma_HandComputed_NewestWeighsMost()
    {
        // (1*1 + 2*2 + 3*3)/6 = 14/6; (1*2 + 2*3 + 3*10)/6 = 38/6.
        var result = new double[] { 1, 2, 3, 10 }.Wma(3);
        Assert.Equal([null, null, 14.0 / 6, 38.0 / 6], result, Tolerance.Reference);
    }

    [Fact]
    public void Wma_PeriodOne_EqualsInput() =>
        Assert.Equal([3.0, 1.0, 4.0], new double[] { 3, 1, 4 }.Wma(1));
}
