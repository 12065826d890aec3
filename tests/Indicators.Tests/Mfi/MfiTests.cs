using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests;

public sealed class MfiTests
{
    [Fact]
    public void Mfi_HandComputed_PositiveOverNegativeFlow()
    {
        // TP = close (flat bars). period 2. idx1 up: +11*2 = 22; idx2 down: -10.5*3 = 31.5; idx3 up: +12*4 = 48.
        var candles = Series.FromHlcv((10, 10, 10, 1), (11, 11, 11, 2), (10.5, 10.5, 10.5, 3), (12, 12, 12, 4));
        Assert.Equal([null, null, 100 - 100 / (1 + 22 / 31.5), 100 - 100 / (1 + 48 / 31.5)], candles.AsSpan().Mfi(2), Tolerance.Reference);
    }

    [Fact]
    public void Mfi_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(MfiCatalog.Definition, new Dictionary<string, double>(), candles => [candles.AsSpan().Mfi()]);

    [Fact]
    public void Mfi_EmptyInput_ReturnsEmpty() => Assert.Empty(ReadOnlySpan<Candle>.Empty.Mfi());

    [Fact]
    public void Mfi_FewerBarsThanWarmup_ReturnsAllNull() => Assert.All(Series.Bitcoin().AsSpan(0, 14).Mfi(14), v => Assert.Null(v));

    [Fact]
    public void Mfi_ConstantPrices_Is100BecauseNoNegativeFlow() =>
        Assert.All(Series.FromCloses(Enumerable.Repeat(5.0, 30).ToArray()).AsSpan().Mfi(14).Skip(14), v => Assert.Equal(100.0, v));

    [Fact]
    public void Mfi_ZeroVolume_Is100AfterOlderFlowLeavesTheWindow()
    {
        var moving = Series.Bitcoin().AsSpan(0, 40).ToArray();
        var quiet = moving.Select((c, i) => i >= 20 ? c with { Volume = 0 } : c).ToArray();
        var result = quiet.AsSpan().Mfi(14);
        Assert.All(result.Skip(34), v => Assert.Equal(100.0, v));
    }

    [Fact]
    public void Mfi_PeriodOne_Is100OnRiseAnd0OnFall() =>
        Assert.Equal([null, 100.0, 0.0], Series.FromHlcv((10, 10, 10, 1), (11, 11, 11, 1), (9, 9, 9, 1)).AsSpan().Mfi(1));

    [Fact]
    public void Mfi_HugePricesAndVolumes_ScaleInvariant()
    {
        var candles = Series.Bitcoin();
        var scaled = candles.Select(c => c with { High = c.High * 1e150, Low = c.Low * 1e150, Close = c.Close * 1e150, Volume = c.Volume * 1e100 }).ToArray();
        ColumnAssert.Equal(candles.AsSpan().Mfi(), scaled.AsSpan().Mfi(), "mfi scaled");
    }

    [Fact]
    public void Constructor_PeriodZero_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new MfiIncremental(0)).ParamName);
}
