using Trader.Domain;

namespace Trader.Indicators;

/// <summary>True Range (<c>tr</c>) over a whole series.</summary>
public static class TrueRangeBatch
{
    /// <summary>True Range of every candle, in price units; null on the first candle.</summary>
    public static double?[] TrueRange(this ReadOnlySpan<Candle> candles)
    {
        var kernel = new TrueRangeIncremental();
        var results = GC.AllocateUninitializedArray<double?>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
