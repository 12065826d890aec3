namespace Trader.Indicators;

/// <summary>MACD over a whole series.</summary>
public static class MacdBatch
{
    /// <summary>MACD of <paramref name="values"/>; one result per input, null fields while undefined.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1, or fast is not less than slow.</exception>
    public static MacdResult[] Macd(this ReadOnlySpan<double> values, int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        var kernel = new MacdIncremental(fastPeriod, slowPeriod, signalPeriod);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<MacdResult>(values.Length);
        for (int i = 0; i < values.Length; i++) results[i] = kernel.Add(values[i]);
        return results;
    }
}
