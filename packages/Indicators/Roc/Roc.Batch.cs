namespace Trader.Indicators;

/// <summary>Rate of change over a whole series.</summary>
public static class RocBatch
{
    /// <summary>Momentum and ROC (percent) of <paramref name="values"/> over <paramref name="period"/> bars; null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static RocResult[] Roc(this ReadOnlySpan<double> values, int period)
    {
        var kernel = new RocIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<RocResult>(values.Length);
        for (int i = 0; i < values.Length; i++) results[i] = kernel.Add(values[i]);
        return results;
    }
}
