namespace Trader.Indicators;

/// <summary>Relative strength index over a whole series.</summary>
public static class RsiBatch
{
    /// <summary>RSI (0..100) of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Rsi(this ReadOnlySpan<double> values, int period) =>
        Columns.Nullable(values, period, static (v, p, o) => v.Rsi(p, o));

    /// <summary>
    /// RSI (0..100) of <paramref name="values"/> written into <paramref name="destination"/> (null in warm-up), for callers
    /// that keep nullable results; <see cref="Rsi(ReadOnlySpan{double}, int, Span{double})"/> is the faster form.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="values"/>.</exception>
    public static void Rsi(this ReadOnlySpan<double> values, int period, Span<double?> destination) =>
        Columns.Nullable(values, period, static (v, p, o) => v.Rsi(p, o), destination);

    /// <summary>
    /// RSI (0..100) of <paramref name="values"/> over <paramref name="period"/> bars written into <paramref name="output"/>
    /// (one value per input, NaN in warm-up); allocates nothing: the form for backtests and sweeps that own their buffers.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="values"/>.</exception>
    public static void Rsi(this ReadOnlySpan<double> values, int period, Span<double> output)
    {
        RsiIncremental.Validate(period);
        SeriesOutput.Require(output, values.Length, nameof(output));
        new RsiState(period).Write(values, output);
    }
}
