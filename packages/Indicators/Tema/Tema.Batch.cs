namespace Trader.Indicators;

/// <summary>Triple exponential moving average over a whole series.</summary>
public static class TemaBatch
{
    /// <summary>TEMA of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Tema(this ReadOnlySpan<double> values, int period)
    {
        var kernel = new TemaIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(values.Length);
        for (int i = 0; i < values.Length; i++) results[i] = kernel.Add(values[i]);
        return results;
    }
}
