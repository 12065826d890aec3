namespace Trader.Indicators;

/// <summary>TRIX over a whole series.</summary>
public static class TrixBatch
{
    /// <summary>TRIX of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null fields in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static TrixResult[] Trix(this ReadOnlySpan<double> values, int period)
    {
        var kernel = new TrixIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<TrixResult>(values.Length);
        for (int i = 0; i < values.Length; i++) results[i] = kernel.Add(values[i]);
        return results;
    }
}
