namespace Trader.Indicators;

/// <summary>Relative strength index over a whole series.</summary>
public static class RsiBatch
{
    /// <summary>RSI (0..100) of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Rsi(this ReadOnlySpan<double> values, int period)
    {
        // Every element is written, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(values.Length);
        values.Rsi(period, results);
        return results;
    }

    /// <summary>
    /// RSI (0..100) of <paramref name="values"/> written into <paramref name="destination"/> (null in warm-up), for callers
    /// that reuse one buffer across runs instead of allocating a result array per call.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="values"/>.</exception>
    public static void Rsi(this ReadOnlySpan<double> values, int period, Span<double?> destination)
    {
        var kernel = new RsiIncremental(period);
        BatchDestination.RequireRoomFor(destination, values.Length);
        kernel.AddRange(values, destination);
    }
}
