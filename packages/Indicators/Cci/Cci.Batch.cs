using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Commodity channel index over a whole candle series.</summary>
public static class CciBatch
{
    /// <summary>CCI of <paramref name="candles"/>; one result per input, null in warm-up or on a flat window.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Cci(this ReadOnlySpan<Candle> candles, int period = 20)
    {
        var kernel = new CciIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(candles.Length);
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
