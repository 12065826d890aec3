using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.ParabolicSar;

public sealed class ParabolicSarTests
{
    [Fact]
    public void Catalog_LongSeries_EqualsBatch()
    {
        foreach (var (series, candles) in Series.Long())
        {
            var batch = candles.ParabolicSar(0.02, 0.2);
            var catalog = CatalogDriver.Run(ParabolicSarCatalog.Definition, candles);
            ColumnAssert.Equal(batch.Select(r => r.Sar).ToArray(), catalog[0], $"psar.sar on {series}");
            ColumnAssert.Equal(batch.Select(r => r.IsReversal is { } b ? (b ? 1.0 : 0.0) : (double?)null).ToArray(), catalog[1], $"psar.is_reversal on {series}");
        }
    }

    [Fact]
    public void Batch_ShortSeries_MatchesHandComputedAndHidesTheFirstTrend()
    {
        var candles = Series.FromHlcv((10, 9, 9.5, 1), (11, 10, 10.5, 1), (12, 11, 11.5, 1), (11, 8, 8.5, 1), (10, 7.5, 8, 1), (13, 9, 12, 1));

        var r = candles.ParabolicSar(0.1, 0.2);

        // 1: 9 + 0.1*(10-9) = 9.1 (EP 11, af 0.2); 2: min(9.48, lows 10 and 9) = 9 (EP 12);
        // 3: 9 + 0.2*(12-9) = 9.6, low 8 breaks it: first reversal, SAR = EP 12, now falling (EP 8, af 0.1)
        Assert.All(r[..4], x => Assert.Equal(default, x));
        // 4: 12 - 0.1*(12-8) = 11.6, not below the last two highs (11, 12) -> 12; new low 7.5 (af 0.2)
        Assert.Equal(new ParabolicSarResult(12, false), r[4]);
        // 5: 12 - 0.2*(12-7.5) = 11.1 vs highs (10, 11) -> 11.1; high 13 breaks it: reversal at EP 7.5
        Assert.Equal(new ParabolicSarResult(7.5, true), r[5]);
    }

    [Fact]
    public void Batch_EdgeCases_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().ParabolicSar());
        // constant prices never reverse: the whole series is the (hidden) first trend
        Assert.All(Series.FromCloses(Enumerable.Repeat(10.0, 50).ToArray()).ParabolicSar(), r => Assert.Equal(default, r));
        Assert.Equal(default, Series.FromCloses(1).ParabolicSar()[0]);
        var kernel = new ParabolicSarIncremental();
        Assert.False(kernel.IsReady);
    }

    [Fact]
    public void Constructor_InvalidParameters_ThrowNamingTheParameter()
    {
        Assert.Equal("accelerationStep", Assert.Throws<ArgumentOutOfRangeException>(() => new ParabolicSarIncremental(0, 0.2)).ParamName);
        Assert.Equal("maxAccelerationFactor", Assert.Throws<ArgumentOutOfRangeException>(() => new ParabolicSarIncremental(0.02, 0)).ParamName);
        Assert.Equal("accelerationStep", Assert.Throws<ArgumentOutOfRangeException>(() => new ParabolicSarIncremental(0.3, 0.2)).ParamName);
        Assert.Equal("initialFactor", Assert.Throws<ArgumentOutOfRangeException>(() => new ParabolicSarIncremental(0.02, 0.2, 0.5)).ParamName);
    }
}
