namespace Trader.Indicators;

/// <summary>Exponential moving average over a whole series.</summary>
public static class EmaBatch
{
    /// <summary>EMA of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Ema(this ReadOnlySpan<double> values, int period)
    {
        // Every element is written, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(values.Length);
        values.Ema(period, results);
        return results;
    }

    /// <summary>
    /// EMA of <paramref name="values"/> written into <paramref name="destination"/> (null in warm-up), for callers
    /// that reuse one buffer across runs instead of allocating a result array per call.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="values"/>.</exception>
    public static void Ema(this ReadOnlySpan<double> values, int period, Span<double?> destination)
    {
        var kernel = new EmaIncremental(period);
        BatchDestination.RequireRoomFor(destination, values.Length);
        kernel.AddRange(values, destination);
    }
}
