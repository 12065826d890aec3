namespace Trader.Indicators;

/// <summary>Simple moving average over a whole series.</summary>
public static class SmaBatch
{
    /// <summary>SMA of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Sma(this ReadOnlySpan<double> values, int period)
    {
        using var columns = new Columns(1, values.Length);
        values.Sma(period, columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>
    /// SMA of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>closes.Sma(20, output)</c>.
    /// </summary>
    /// <remarks>Allocates nothing.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Sma(this ReadOnlySpan<double> values, int period, Span<double> output)
    {
        SmaIncremental.Validate(period);
        SeriesOutput.Require(output, values.Length, nameof(output));
        // RollingMean's running sum, with the window read from the input instead of a ring.
        double sum = 0, inverse = 1.0 / period;
        for (int i = 0; i < values.Length; i++)
        {
            sum += values[i] - (i >= period ? values[i - period] : 0);
            output[i] = i >= period - 1 ? RollingMean.Mean(sum, inverse) : double.NaN;
        }
    }
}
