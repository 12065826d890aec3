using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Aroon over a whole candle series.</summary>
public static class AroonBatch
{
    /// <summary>Aroon up, down and oscillator of <paramref name="candles"/>; one result per input, null fields in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static AroonResult[] Aroon(this ReadOnlySpan<Candle> candles, int period = 25)
    {
        var kernel = new AroonIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<AroonResult>(candles.Length);
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
