using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests;

public sealed class VwmaTests
{
    [Fact]
    public void Vwma_HandComputed_VolumeWeightedAndNullWithoutVolume()
    {
        // period 2: (10*1 + 20*3)/4 = 17.5; (20*3 + 30*0)/3 = 20; no volume in (30, 40) -> null.
        var candles = Series.FromHlcv((10, 10, 10, 1), (20, 20, 20, 3), (30, 30, 30, 0), (40, 40, 40, 0), (50, 50, 50, 2));
        Assert.Equal([null, 17.5, 20.0, null, 50.0], candles.AsSpan().Vwma(2));
    }

    [Fact]
    public void Vwma_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(VwmaCatalog.Definition, new Dictionary<string, double>(), candles => [candles.AsSpan().Vwma()]);

    [Fact]
    public void Vwma_EmptyInput_ReturnsEmpty() => Assert.Empty(ReadOnlySpan<Candle>.Empty.Vwma());

    [Fact]
    public void Vwma_FewerBarsThanPeriod_ReturnsAllNull() => Assert.All(Series.Bitcoin().AsSpan(0, 9).Vwma(10), v => Assert.Null(v));

    [Fact]
    public void Vwma_ConstantPrices_EqualsThePrice() =>
        Assert.All(Series.FromCloses(Enumerable.Repeat(0.1, 30).ToArray()).AsSpan().Vwma(10).Skip(9),
            v => Assert.True(Tolerance.Within(v, 0.1), $"{v}"));

    [Fact]
    public void Vwma_PeriodOne_EqualsClose()
    {
        var candles = Series.Bitcoin().AsSpan(0, 50);
        Assert.Equal(Series.Closes(candles).Select(c => (double?)c).ToArray(), candles.Vwma(1), Tolerance.Reference);
    }

    [Fact]
    public void Vwma_HugePricesAndVolumes_ScaleLinearly()
    {
        var candles = Series.Bitcoin();
        var scaled = candles.Select(c => c with { Close = c.Close * 1e150, Volume = c.Volume * 1e100 }).ToArray();
        ColumnAssert.Equal(candles.AsSpan().Vwma().Select(v => v * 1e150).ToArray(), scaled.AsSpan().Vwma(), "vwma scaled");
    }

    [Fact]
    public void Constructor_PeriodZero_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new VwmaIncremental(0)).ParamName);
}
