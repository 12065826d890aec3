using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Bollinger Bands over a whole series.</summary>
public static class BollingerBandsBatch
{
    /// <summary>Bollinger Bands of closes: <c>closes.BollingerBands(20, 2)</c>. One result per close.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static BollingerBandsResult[] BollingerBands(this ReadOnlySpan<double> closes, int period = 20, double standardDeviations = 2)
    {
        var kernel = new BollingerBandsIncremental(period, standardDeviations);
        var results = GC.AllocateUninitializedArray<BollingerBandsResult>(closes.Length); // every element is written below
        for (int i = 0; i < closes.Length; i++) results[i] = kernel.Add(closes[i]);
        return results;
    }

    /// <summary>Bollinger Bands of the candles' closes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static BollingerBandsResult[] BollingerBands(this ReadOnlySpan<Candle> candles, int period = 20, double standardDeviations = 2)
    {
        var kernel = new BollingerBandsIncremental(period, standardDeviations);
        var results = GC.AllocateUninitializedArray<BollingerBandsResult>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i].Close);
        return results;
    }
}
