namespace Trader.Indicators;

/// <summary>Linearly weighted moving average over a whole series.</summary>
public static class WmaBatch
{
    /// <summary>WMA of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Wma(this ReadOnlySpan<double> values, int period)
    {
        var kernel = new WmaIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(values.Length);
        for (int i = 0; i < values.Length; i++) results[i] = kernel.Add(values[i]);
        return results;
    }
}
