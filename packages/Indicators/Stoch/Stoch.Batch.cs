using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Stochastic oscillator over a whole candle series.</summary>
public static class StochBatch
{
    /// <summary>%K, %D and %J of <paramref name="candles"/>; one result per input, null fields while undefined.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1 or a factor is not positive.</exception>
    public static StochResult[] Stoch(this ReadOnlySpan<Candle> candles, int lookbackPeriod = 14, int signalPeriod = 3, int smoothPeriod = 3,
        double kFactor = 3, double dFactor = 2)
    {
        var kernel = new StochIncremental(lookbackPeriod, signalPeriod, smoothPeriod, kFactor, dFactor);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<StochResult>(candles.Length);
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
