using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests;

public sealed class WilliamsRTests
{
    [Fact]
    public void WilliamsR_HandComputed_CloseBelowWindowHigh()
    {
        // period 2: idx1 window high 13 low 9, close 12 -> 100*(12-13)/4 = -25; idx2 high 14 low 8, close 10 -> -66.67.
        var candles = Series.FromHlcv((11, 9, 10, 1), (13, 10, 12, 1), (14, 8, 10, 1));
        Assert.Equal([null, -25.0, 100 * (10 - 14) / 6.0], candles.AsSpan().WilliamsR(2), Tolerance.Reference);
    }

    [Fact]
    public void WilliamsR_ReferenceStoch_EqualsFastStochasticMinus100()
    {
        var quotes = Reference.Quotes("default");
        var stoch = quotes.AsSpan().Stoch(14, 1, 1).Select(r => r.Oscillator - 100).ToArray();
        ColumnAssert.Equal(stoch, quotes.AsSpan().WilliamsR(14), "williams %R vs fast stochastic - 100");
    }

    [Fact]
    public void WilliamsR_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(WilliamsRCatalog.Definition, new Dictionary<string, double>(), candles => [candles.AsSpan().WilliamsR()]);

    [Fact]
    public void WilliamsR_EmptyInput_ReturnsEmpty() => Assert.Empty(ReadOnlySpan<Candle>.Empty.WilliamsR());

    [Fact]
    public void WilliamsR_FewerBarsThanPeriod_ReturnsAllNull() => Assert.All(Series.Bitcoin().AsSpan(0, 13).WilliamsR(14), v => Assert.Null(v));

    [Fact]
    public void WilliamsR_ConstantPrices_IsMinus100() =>
        Assert.All(Series.FromCloses(Enumerable.Repeat(5.0, 20).ToArray()).AsSpan().WilliamsR(14).Skip(13), v => Assert.Equal(-100.0, v));

    [Fact]
    public void WilliamsR_PeriodOne_PositionInBar() =>
        Assert.Equal([-75.0, 0.0], Series.FromHlcv((10, 0, 2.5, 1), (10, 0, 10, 1)).AsSpan().WilliamsR(1));

    [Fact]
    public void WilliamsR_HugePrices_ScaleInvariant()
    {
        var candles = Series.Bitcoin();
        var scaled = candles.Select(c => c with { High = c.High * 1e150, Low = c.Low * 1e150, Close = c.Close * 1e150 }).ToArray();
        ColumnAssert.Equal(candles.AsSpan().WilliamsR(), scaled.AsSpan().WilliamsR(), "williams %R scaled");
    }

    [Fact]
    public void Constructor_PeriodZero_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new WilliamsRIncremental(0)).ParamName);
}
