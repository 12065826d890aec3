namespace Trader.Indicators;

/// <summary>Kaufman's adaptive moving average over a whole series.</summary>
public static class KamaBatch
{
    /// <summary>Efficiency ratio and KAMA of <paramref name="values"/>; one result per input, null fields in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1, or fast is not less than slow.</exception>
    public static KamaResult[] Kama(this ReadOnlySpan<double> values, int erPeriod = 10, int fastPeriod = 2, int slowPeriod = 30)
    {
        var kernel = new KamaIncremental(erPeriod, fastPeriod, slowPeriod);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<KamaResult>(values.Length);
        for (int i = 0; i < values.Length; i++) results[i] = kernel.Add(values[i]);
        return results;
    }
}
