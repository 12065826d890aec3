using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class DemaTests
{
    [Fact]
    public void Dema_ReferenceQuotes_MatchesEveryRowBatchAndIncremental()
    {
        var expected = Reference.Results("dema");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));

        ColumnAssert.MatchesReference(expected, "dema", closes.Dema(14), "batch");
        var incremental = new DemaIncremental(14);
        ColumnAssert.MatchesReference(expected, "dema", closes.Select(c => incremental.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Dema_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(DemaCatalog.Definition, new Dictionary<string, double> { ["period"] = 14 },
            candles => [Series.Closes(candles).Dema(14)]);

    [Fact]
    public void Dema_EmptyInput_ReturnsEmpty() => CloseSeriesChecks.EmptyGivesEmpty(c => c.Dema(14));

    [Fact]
    public void Dema_FewerBarsThanWarmup_ReturnsAllNull() => CloseSeriesChecks.ShortSeriesAllNull(c => c.Dema(14), 14 - 1);

    [Fact]
    public void Dema_ConstantPrices_EqualsThePrice() => CloseSeriesChecks.ConstantGives(c => c.Dema(14), 0.1, 0.1);

    [Fact]
    public void Dema_HugePrices_ScaleLinearly() => CloseSeriesChecks.ScalesWithPrices(c => c.Dema(14), 1e150, 1e150);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_PeriodTooSmall_ThrowsNamingPeriod(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DemaIncremental(period));
        Assert.Equal("period", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Array.Empty<double>().Dema(period));
    }

    [Fact]
    public void Dema_HandComputed_BothEmasSeededWithSameSma()
    {
        // k = 0.5; seed 2 for both; next: ema1 = 4, ema2 = 2 + 0.5*(4-2) = 3, dema = 2*4 - 3 = 5.
        Assert.Equal([null, null, 2.0, 5.0], new double[] { 1, 2, 3, 6 }.Dema(3));
    }

    [Fact]
    public void Dema_PeriodOne_EqualsInput() =>
        Assert.Equal([3.0, 1.0, 4.0], new double[] { 3, 1, 4 }.Dema(1));
}
