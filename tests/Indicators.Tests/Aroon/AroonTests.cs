using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests;

public sealed class AroonTests
{
    [Fact]
    public void Aroon_HandComputed_BarsSinceExtremes()
    {
        // period 2 (3-bar window). idx2: high 7 one bar ago -> up 50; low 0 now -> down 100.
        // idx3: high 7 two bars ago -> up 0; low 0 one bar ago -> down 50.
        var candles = Series.FromHlcv((5, 1, 3, 1), (7, 2, 3, 1), (6, 0, 3, 1), (6, 3, 3, 1));
        var result = candles.AsSpan().Aroon(2);
        Assert.Equal(new AroonResult(null, null, null), result[1]);
        Assert.Equal(new AroonResult(50, 100, -50), result[2]);
        Assert.Equal(new AroonResult(0, 50, -50), result[3]);
    }

    [Fact]
    public void Aroon_TiedHighs_EarliestCounts()
    {
        var candles = Series.FromHlcv((5, 1, 3, 1), (7, 2, 3, 1), (7, 2, 3, 1));
        Assert.Equal(50.0, candles.AsSpan().Aroon(2)[2].AroonUp);
    }

    [Fact]
    public void Aroon_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(AroonCatalog.Definition, new Dictionary<string, double>(), candles =>
        {
            var r = candles.AsSpan().Aroon();
            return [r.Select(x => x.Oscillator).ToArray(), r.Select(x => x.AroonUp).ToArray(), r.Select(x => x.AroonDown).ToArray()];
        });

    [Fact]
    public void Aroon_OnLongSeries_EqualsNaiveWindowScan()
    {
        const int period = 25;
        foreach (var (name, candles) in Series.Long())
        {
            var naive = new double?[candles.Length];
            for (int i = period; i < candles.Length; i++)
            {
                int highAt = i - period, lowAt = i - period;
                for (int p = i - period; p <= i; p++)
                {
                    if (candles[p].High > candles[highAt].High) highAt = p;
                    if (candles[p].Low < candles[lowAt].Low) lowAt = p;
                }
                naive[i] = 100.0 * (period - (i - highAt)) / period - 100.0 * (period - (i - lowAt)) / period;
            }
            ColumnAssert.Equal(naive, candles.AsSpan().Aroon(period).Select(r => r.Oscillator).ToArray(), $"aroon on {name}");
        }
    }

    [Fact]
    public void Aroon_EmptyInput_ReturnsEmpty() => Assert.Empty(ReadOnlySpan<Candle>.Empty.Aroon());

    [Fact]
    public void Aroon_FewerBarsThanWarmup_ReturnsAllNull() => Assert.All(Series.Bitcoin().AsSpan(0, 25).Aroon(25), r => Assert.Equal(default, r));

    [Fact]
    public void Aroon_ConstantPrices_AllZero() =>
        Assert.All(Series.FromCloses(Enumerable.Repeat(5.0, 40).ToArray()).AsSpan().Aroon().Skip(25), r => Assert.Equal(new AroonResult(0, 0, 0), r));

    [Fact]
    public void Aroon_PeriodOne_UpWhenNewHigh()
    {
        var result = Series.FromHlcv((5, 1, 3, 1), (6, 2, 3, 1)).AsSpan().Aroon(1);
        Assert.Equal(new AroonResult(100, 0, 100), result[1]);
    }

    [Fact]
    public void Aroon_HugePrices_SameResult()
    {
        var candles = Series.Bitcoin();
        var scaled = candles.Select(c => c with { High = c.High * 1e300, Low = c.Low * 1e300 }).ToArray();
        Assert.Equal(candles.AsSpan().Aroon(), scaled.AsSpan().Aroon());
    }

    [Fact]
    public void Constructor_PeriodZero_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new AroonIncremental(0)).ParamName);
}
