using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Ultimate Oscillator over a whole candle series.</summary>
public static class UltimateBatch
{
    /// <summary>Ultimate Oscillator (0..100) of <paramref name="candles"/>; one result per input, null in warm-up or on flat prices.</summary>
    /// <exception cref="ArgumentOutOfRangeException">short is less than 1, or the periods are not increasing.</exception>
    public static double?[] Ultimate(this ReadOnlySpan<Candle> candles, int shortPeriod = 7, int middlePeriod = 14, int longPeriod = 28)
    {
        var kernel = new UltimateIncremental(shortPeriod, middlePeriod, longPeriod);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(candles.Length);
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
