using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Keltner Channels over a whole series.</summary>
public static class KeltnerBatch
{
    /// <summary>Keltner(E, k, A) of every candle: <c>candles.Keltner(20, 2, 10)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static KeltnerResult[] Keltner(this ReadOnlySpan<Candle> candles, int emaPeriods = 20, double multiplier = 2, int atrPeriods = 10)
    {
        var kernel = new KeltnerIncremental(emaPeriods, multiplier, atrPeriods);
        var results = GC.AllocateUninitializedArray<KeltnerResult>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
