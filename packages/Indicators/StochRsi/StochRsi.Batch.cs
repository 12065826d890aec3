namespace Trader.Indicators;

/// <summary>Stochastic RSI over a whole series.</summary>
public static class StochRsiBatch
{
    /// <summary>Stochastic RSI (0..100) of <paramref name="values"/>; one result per input, null fields while undefined.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1.</exception>
    public static StochRsiResult[] StochRsi(this ReadOnlySpan<double> values, int rsiPeriod = 14, int stochPeriod = 14, int signalPeriod = 3, int smoothPeriod = 1)
    {
        var kernel = new StochRsiIncremental(rsiPeriod, stochPeriod, signalPeriod, smoothPeriod);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<StochRsiResult>(values.Length);
        for (int i = 0; i < values.Length; i++) results[i] = kernel.Add(values[i]);
        return results;
    }
}
