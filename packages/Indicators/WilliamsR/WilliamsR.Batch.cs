using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Williams %R over a whole candle series.</summary>
public static class WilliamsRBatch
{
    /// <summary>Williams %R (-100..0) of <paramref name="candles"/>; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] WilliamsR(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        var kernel = new WilliamsRIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(candles.Length);
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
