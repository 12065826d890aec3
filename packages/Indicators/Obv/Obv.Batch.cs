using Trader.Domain;

namespace Trader.Indicators;

/// <summary>On-Balance Volume over a whole series.</summary>
public static class ObvBatch
{
    /// <summary>OBV of every candle: <c>candles.Obv()</c>. One value per candle, 0 on the first.</summary>
    public static double?[] Obv(this ReadOnlySpan<Candle> candles)
    {
        var kernel = new ObvIncremental();
        var results = GC.AllocateUninitializedArray<double?>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
