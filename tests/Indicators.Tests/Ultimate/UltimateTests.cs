using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests;

public sealed class UltimateTests
{
    [Fact]
    public void Ultimate_HandComputed_WeightedAverages()
    {
        // periods 1, 2, 3. BP/TR: bar1 (prev 10) 11-9=2 / 12-9=3; bar2 (prev 11) 10.5-10=0.5 / 11-10=1;
        // bar3 (prev 10.5) 13-10.5=2.5 / 13-10.5=2.5.
        var candles = Series.FromHlcv((10, 9, 10, 1), (12, 9, 11, 1), (11, 10, 10.5, 1), (13, 10.5, 13, 1));
        double expected = 100 * (4 * 1.0 + 2 * (3 / 3.5) + 5 / 6.5) / 7;
        Assert.Equal([null, null, null, expected], candles.AsSpan().Ultimate(1, 2, 3), Tolerance.Reference);
    }

    [Fact]
    public void Ultimate_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(UltimateCatalog.Definition, new Dictionary<string, double>(), candles => [candles.AsSpan().Ultimate()]);

    [Fact]
    public void Ultimate_EmptyInput_ReturnsEmpty() => Assert.Empty(ReadOnlySpan<Candle>.Empty.Ultimate());

    [Fact]
    public void Ultimate_FewerBarsThanWarmup_ReturnsAllNull() => Assert.All(Series.Bitcoin().AsSpan(0, 28).Ultimate(), v => Assert.Null(v));

    [Fact]
    public void Ultimate_ConstantPrices_IsNullBecauseTrueRangeIsZero() =>
        Assert.All(Series.FromCloses(Enumerable.Repeat(5.0, 40).ToArray()).AsSpan().Ultimate(), v => Assert.Null(v));

    [Fact]
    public void Ultimate_HugePrices_ScaleInvariant()
    {
        var candles = Series.Bitcoin();
        var scaled = candles.Select(c => c with { High = c.High * 1e150, Low = c.Low * 1e150, Close = c.Close * 1e150 }).ToArray();
        ColumnAssert.Equal(candles.AsSpan().Ultimate(), scaled.AsSpan().Ultimate(), "ultimate scaled");
    }

    [Theory]
    [InlineData(0, 14, 28, "shortPeriod")]
    [InlineData(7, 7, 28, "middlePeriod")]
    [InlineData(7, 14, 14, "longPeriod")]
    public void Constructor_PeriodsNotIncreasing_ThrowsNamingParameter(int shortPeriod, int middle, int longPeriod, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new UltimateIncremental(shortPeriod, middle, longPeriod)).ParamName);
}
