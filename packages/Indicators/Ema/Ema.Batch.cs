namespace Trader.Indicators;

/// <summary>Exponential moving average over a whole series.</summary>
public static class EmaBatch
{
    /// <summary>EMA of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Ema(this ReadOnlySpan<double> values, int period) =>
        Columns.Nullable(values, period, static (v, p, o) => v.Ema(p, o));

    /// <summary>
    /// EMA of <paramref name="values"/> written into <paramref name="destination"/> (null in warm-up), for callers
    /// that keep nullable results; <see cref="Ema(ReadOnlySpan{double}, int, Span{double})"/> is the faster form.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="values"/>.</exception>
    public static void Ema(this ReadOnlySpan<double> values, int period, Span<double?> destination) =>
        Columns.Nullable(values, period, static (v, p, o) => v.Ema(p, o), destination);

    /// <summary>
    /// EMA of <paramref name="values"/> over <paramref name="period"/> bars written into <paramref name="output"/>
    /// (one value per input, NaN in warm-up); allocates nothing: the form for backtests and sweeps that own their buffers.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="values"/>.</exception>
    public static void Ema(this ReadOnlySpan<double> values, int period, Span<double> output)
    {
        EmaIncremental.Validate(period);
        SeriesOutput.Require(output, values.Length, nameof(output));
        new SeededAverage(period, Smoothing.Ema(period)).Write(values, output);
    }
}
