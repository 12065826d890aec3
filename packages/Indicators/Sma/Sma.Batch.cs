namespace Trader.Indicators;

/// <summary>Simple moving average over a whole series.</summary>
public static class SmaBatch
{
    /// <summary>SMA of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Sma(this ReadOnlySpan<double> values, int period)
    {
        var kernel = new SmaIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(values.Length);
        for (int i = 0; i < values.Length; i++) results[i] = kernel.Add(values[i]);
        return results;
    }
}
