namespace Trader.Indicators;

/// <summary>Double exponential moving average over a whole series.</summary>
public static class DemaBatch
{
    /// <summary>DEMA of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Dema(this ReadOnlySpan<double> values, int period)
    {
        using var columns = new Columns(1, values.Length);
        values.Dema(period, columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>
    /// DEMA of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>closes.Dema(20, output)</c>.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Dema(this ReadOnlySpan<double> values, int period, Span<double> output)
    {
        var kernel = new DemaIncremental(period);
        SeriesOutput.Require(output, values.Length, nameof(output));
        KernelSeries.Write(kernel, values, output);
    }
}
