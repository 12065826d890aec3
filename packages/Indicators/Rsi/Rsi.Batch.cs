namespace Trader.Indicators;

/// <summary>Relative strength index over a whole series.</summary>
public static class RsiBatch
{
    /// <summary>RSI (0..100) of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Rsi(this ReadOnlySpan<double> values, int period)
    {
        var kernel = new RsiIncremental(period);
        var results = new double?[values.Length];
        for (int i = 0; i < values.Length; i++) results[i] = kernel.Add(values[i]);
        return results;
    }
}
