using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class KamaTests
{
    [Fact]
    public void Kama_HandComputed_SeedThenAdaptiveSmoothing()
    {
        // er 2, fast 1 (factor 1), slow 3 (factor 0.5). idx1 seeds 11.
        // idx2: ER = |13-10| / (1+2) = 1, sc = 1, kama = 13.
        // idx3: ER = |12-11| / (2+1) = 1/3, sc = 1/3*0.5 + 0.5 = 2/3, kama = 13 + 4/9*(12-13).
        var result = new double[] { 10, 11, 13, 12 }.Kama(2, 1, 3);
        Assert.Equal([null, null, 1.0, 1.0 / 3], result.Select(r => r.Er).ToArray(), Tolerance.Reference);
        Assert.Equal([null, 11.0, 13.0, 13 - 4.0 / 9], result.Select(r => r.Kama).ToArray(), Tolerance.Reference);
    }

    [Fact]
    public void Kama_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(KamaCatalog.Definition, new Dictionary<string, double>(), candles =>
        {
            var r = Series.Closes(candles).Kama();
            return [r.Select(x => x.Kama).ToArray(), r.Select(x => x.Er).ToArray()];
        });

    [Fact]
    public void Kama_EmptyInput_ReturnsEmpty() => Assert.Empty(Array.Empty<double>().Kama());

    [Fact]
    public void Kama_FewerBarsThanSeed_ReturnsAllNull() =>
        CloseSeriesChecks.ShortSeriesAllNull(c => c.Kama().Select(r => r.Kama).ToArray(), 9);

    [Fact]
    public void Kama_ConstantPrices_EqualsPriceWithZeroEfficiency()
    {
        var result = Enumerable.Repeat(0.1, 30).ToArray().Kama();
        Assert.All(result.Skip(10), r => Assert.Equal(new KamaResult(0, 0.1), r));
    }

    [Fact]
    public void Kama_FlatStretchAfterMovement_ResetsToClose()
    {
        var result = new double[] { 1, 5, 2, 2, 2 }.Kama(2, 2, 30);
        Assert.Equal(new KamaResult(0, 2), result[4]);
    }

    [Fact]
    public void Kama_HugePrices_ScaleLinearly() =>
        CloseSeriesChecks.ScalesWithPrices(c => c.Kama().Select(r => r.Kama).ToArray(), 1e150, 1e150);

    [Fact]
    public void Kama_PeriodOne_EfficiencyIsOne() =>
        Assert.All(new double[] { 3, 1, 4, 1, 5 }.Kama(1, 2, 30).Skip(1), r => Assert.Equal(1.0, r.Er));

    [Theory]
    [InlineData(0, 2, 30, "erPeriod")]
    [InlineData(10, 0, 30, "fastPeriod")]
    [InlineData(10, 30, 30, "slowPeriod")]
    [InlineData(10, 31, 30, "slowPeriod")]
    public void Constructor_InvalidPeriods_ThrowsNamingParameter(int er, int fast, int slow, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new KamaIncremental(er, fast, slow)).ParamName);
}
