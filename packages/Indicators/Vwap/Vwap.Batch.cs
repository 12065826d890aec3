using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Volume-weighted average price over a whole series.</summary>
public static class VwapBatch
{
    /// <summary>VWAP anchored at the first candle: <c>candles.Vwap()</c>. One value per candle.</summary>
    public static double?[] Vwap(this ReadOnlySpan<Candle> candles)
    {
        var kernel = new VwapIncremental();
        var results = GC.AllocateUninitializedArray<double?>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
