using Trader.Domain;

namespace Trader.Indicators;

/// <summary>SuperTrend over a whole series.</summary>
public static class SuperTrendBatch
{
    /// <summary>SuperTrend(N, k) of every candle: <c>candles.SuperTrend(10, 3)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static SuperTrendResult[] SuperTrend(this ReadOnlySpan<Candle> candles, int period = 10, double multiplier = 3)
    {
        var kernel = new SuperTrendIncremental(period, multiplier);
        var results = GC.AllocateUninitializedArray<SuperTrendResult>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
