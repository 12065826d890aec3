namespace Trader.Indicators;

/// <summary>Relative strength index over a whole series.</summary>
public static class RsiBatch
{
    /// <summary>RSI (0..100) of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Rsi(this ReadOnlySpan<double> values, int period)
    {
        var kernel = new RsiIncremental(period);
        // Every element is written below, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<double?>(values.Length);
        kernel.AddRange(values, results);
        return results;
    }
}
