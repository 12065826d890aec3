using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests.AtrStop;

public sealed class AtrStopTests
{
    // catalog field order: stop, buy_stop, sell_stop, atr
    private static readonly Func<AtrStopResult, double?>[] Fields = [r => r.AtrStop, r => r.BuyStop, r => r.SellStop, r => r.Atr];

    [Fact]
    public void Catalog_LongSeries_EqualsBatchForBothEnds()
    {
        foreach (var (series, candles) in Series.Long())
        {
            foreach (var end in new[] { AtrStopEnd.Close, AtrStopEnd.HighLow })
            {
                var batch = candles.AtrStop(21, 3, end);
                var catalog = CatalogDriver.Run(AtrStopCatalog.Definition, new Dictionary<string, double> { ["end"] = (int)end }, candles);
                for (int f = 0; f < Fields.Length; f++)
                    ColumnAssert.Equal(batch.Select(Fields[f]).ToArray(), catalog[f], $"atr_stop.{AtrStopCatalog.Definition.Fields[f]} ({end}) on {series}");
            }
        }
    }

    [Fact]
    public void Batch_ShortSeries_MatchesHandComputedAndFlips()
    {
        var candles = Series.FromHlcv((10, 8, 9, 1), (11, 9, 10.5, 1), (12, 10, 11.5, 1), (11, 7, 7.5, 1));

        var r = candles.AtrStop(1, 1);

        Assert.Equal(default, r[0]);
        // index 1: ATR 2, close 10.5 >= previous 9 -> bullish; bands 12.5 / 8.5
        Assert.Equal(new AtrStopResult(8.5, null, 8.5, 2), r[1]);
        // index 2: ATR 2; upper 13.5 may not rise (stays 12.5); lower rises to 9.5
        Assert.Equal(new AtrStopResult(9.5, null, 9.5, 2), r[2]);
        // index 3: ATR 4.5; upper falls to 12; close 7.5 <= 9.5 flips bearish onto the upper band
        Assert.Equal(new AtrStopResult(12, 12, null, 4.5), r[3]);
    }

    [Fact]
    public void Batch_HighLowEnd_OffsetsFromTheExtremes()
    {
        var candles = Series.FromHlcv((10, 8, 9, 1), (11, 9, 10.5, 1));

        Assert.Equal(new AtrStopResult(7, null, 7, 2), candles.AtrStop(1, 1, AtrStopEnd.HighLow)[1]);
    }

    [Fact]
    public void Batch_EdgeCases_Defined()
    {
        Assert.Empty(Array.Empty<Candle>().AtrStop());
        Assert.All(Reference.Quotes("default")[..21].AtrStop(), r => Assert.Equal(default, r));
        // constant prices: ATR 0, close sits on the lower band -> bearish on the upper band at the price
        Assert.Equal(new AtrStopResult(6, 6, null, 0), Series.FromCloses(Enumerable.Repeat(6.0, 30).ToArray()).AtrStop()[^1]);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new AtrStopIncremental(0)).ParamName);
        Assert.Equal("multiplier", Assert.Throws<ArgumentOutOfRangeException>(() => new AtrStopIncremental(21, 0)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => new AtrStopIncremental(21, 3, (AtrStopEnd)7)).ParamName);
    }
}
