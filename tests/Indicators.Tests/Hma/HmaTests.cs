using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class HmaTests
{
    [Fact]
    public void Hma_ReferenceQuotes_MatchesEveryRowBatchAndIncremental()
    {
        var expected = Reference.Results("hma");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));

        ColumnAssert.MatchesReference(expected, "hma", closes.Hma(14), "batch");
        var incremental = new HmaIncremental(14);
        ColumnAssert.MatchesReference(expected, "hma", closes.Select(c => incremental.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Hma_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(HmaCatalog.Definition, new Dictionary<string, double> { ["period"] = 14 },
            candles => [Series.Closes(candles).Hma(14)]);

    [Fact]
    public void Hma_EmptyInput_ReturnsEmpty() => CloseSeriesChecks.EmptyGivesEmpty(c => c.Hma(14));

    [Fact]
    public void Hma_FewerBarsThanWarmup_ReturnsAllNull() => CloseSeriesChecks.ShortSeriesAllNull(c => c.Hma(14), 14 - 1);

    [Fact]
    public void Hma_ConstantPrices_EqualsThePrice() => CloseSeriesChecks.ConstantGives(c => c.Hma(14), 0.1, 0.1);

    [Fact]
    public void Hma_HugePrices_ScaleLinearly() => CloseSeriesChecks.ScalesWithPrices(c => c.Hma(14), 1e150, 1e150);

    [Theory]
    [InlineData(1)]
    [InlineData(-5)]
    public void Constructor_PeriodTooSmall_ThrowsNamingPeriod(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new HmaIncremental(period));
        Assert.Equal("period", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Array.Empty<double>().Hma(period));
    }

    [Fact]
    public void Hma_HandComputedPeriodFour_WmaTwoOfTwiceHalfMinusFull()
    {
        // N=4: WMA(2), WMA(4), hull WMA(2). Closes 1,2,3,4,6:
        // idx3: wma2 = (3+8)/3 = 11/3, wma4 = (1+4+9+16)/10 = 3, raw = 22/3 - 3 = 13/3
        // idx4: wma2 = (4+12)/3 = 16/3, wma4 = (2+6+12+24)/10 = 4.4, raw = 32/3 - 4.4 = 6.2666..
        // hma idx4 = (13/3 + 2*(32/3 - 4.4))/3
        double raw3 = 22.0 / 3 - 3, raw4 = 32.0 / 3 - 4.4;
        Assert.Equal([null, null, null, null, (raw3 + 2 * raw4) / 3], new double[] { 1, 2, 3, 4, 6 }.Hma(4), Tolerance.Reference);
    }

    [Fact]
    public void Hma_PeriodTwo_IsSmallestValid() =>
        // N=2: WMA(1) = x, WMA(2) = (prev + 2x)/3, hull WMA(1): hma = 2x - (prev + 2x)/3 = (4x - prev)/3.
        Assert.Equal([null, 11.0 / 3, 13.0 / 3], new double[] { 1, 3, 4 }.Hma(2), Tolerance.Reference);
}
