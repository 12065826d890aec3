namespace Trader.Indicators;

/// <summary>Smoothed (Wilder) moving average over a whole series.</summary>
public static class SmmaBatch
{
    /// <summary>SMMA of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Smma(this ReadOnlySpan<double> values, int period) =>
        Columns.Nullable(values, period, static (v, p, o) => v.Smma(p, o));

    /// <summary>
    /// SMMA of <paramref name="values"/> over <paramref name="period"/> bars written into <paramref name="output"/>
    /// (one value per input, NaN in warm-up); allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="values"/>.</exception>
    public static void Smma(this ReadOnlySpan<double> values, int period, Span<double> output)
    {
        SmmaIncremental.Validate(period);
        SeriesOutput.Require(output, values.Length, nameof(output));
        new SeededAverage(period, Smoothing.Wilder(period)).Write(values, output);
    }
}
