using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class TemaTests
{
    [Fact]
    public void Tema_ReferenceQuotes_MatchesEveryRowBatchAndIncremental()
    {
        var expected = Reference.Results("tema");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));

        ColumnAssert.MatchesReference(expected, "tema", closes.Tema(20), "batch");
        var incremental = new TemaIncremental(20);
        ColumnAssert.MatchesReference(expected, "tema", closes.Select(c => incremental.Add(c)).ToArray(), "incremental");
    }

    [Fact]
    public void Tema_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(TemaCatalog.Definition, new Dictionary<string, double> { ["period"] = 20 },
            candles => [Series.Closes(candles).Tema(20)]);

    [Fact]
    public void Tema_EmptyInput_ReturnsEmpty() => CloseSeriesChecks.EmptyGivesEmpty(c => c.Tema(20));

    [Fact]
    public void Tema_FewerBarsThanWarmup_ReturnsAllNull() => CloseSeriesChecks.ShortSeriesAllNull(c => c.Tema(20), 20 - 1);

    [Fact]
    public void Tema_ConstantPrices_EqualsThePrice() => CloseSeriesChecks.ConstantGives(c => c.Tema(20), 0.1, 0.1);

    [Fact]
    public void Tema_HugePrices_ScaleLinearly() => CloseSeriesChecks.ScalesWithPrices(c => c.Tema(20), 1e150, 1e150);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_PeriodTooSmall_ThrowsNamingPeriod(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TemaIncremental(period));
        Assert.Equal("period", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Array.Empty<double>().Tema(period));
    }

    [Fact]
    public void Tema_HandComputed_AllEmasSeededWithSameSma()
    {
        // k = 0.5; seed 2; next: ema1 = 4, ema2 = 3, ema3 = 2.5; tema = 12 - 9 + 2.5 = 5.5.
        Assert.Equal([null, null, 2.0, 5.5], new double[] { 1, 2, 3, 6 }.Tema(3));
    }

    [Fact]
    public void Tema_PeriodOne_EqualsInput() =>
        Assert.Equal([3.0, 1.0, 4.0], new double[] { 3, 1, 4 }.Tema(1));
}
