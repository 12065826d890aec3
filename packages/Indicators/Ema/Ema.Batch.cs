namespace Trader.Indicators;

/// <summary>Exponential moving average over a whole series.</summary>
public static class EmaBatch
{
    /// <summary>EMA of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Ema(this ReadOnlySpan<double> values, int period)
    {
        var kernel = new EmaIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(values.Length);
        kernel.AddRange(values, results);
        return results;
    }
}
