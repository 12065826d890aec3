using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Money flow index over a whole candle series.</summary>
public static class MfiBatch
{
    /// <summary>MFI (0..100) of <paramref name="candles"/>; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Mfi(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        var kernel = new MfiIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(candles.Length);
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
