using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Volume-weighted moving average over a whole candle series.</summary>
public static class VwmaBatch
{
    /// <summary>VWMA of <paramref name="candles"/>; one result per input, null in warm-up or when the window has no volume.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Vwma(this ReadOnlySpan<Candle> candles, int period = 10)
    {
        var kernel = new VwmaIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(candles.Length);
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
