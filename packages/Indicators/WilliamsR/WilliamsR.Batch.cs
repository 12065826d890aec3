using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Williams %R over a whole candle series.</summary>
public static class WilliamsRBatch
{
    /// <summary>Williams %R (-100..0) of <paramref name="candles"/>; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] WilliamsR(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        using var columns = new Columns(1, candles.Length);
        candles.WilliamsR(period, columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>
    /// Williams %R (-100..0) of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.WilliamsR(14, output)</c>.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void WilliamsR(this ReadOnlySpan<Candle> candles, int period, Span<double> output)
    {
        var kernel = new WilliamsRIncremental(period);
        SeriesOutput.Require(output, candles.Length, nameof(output));
        KernelSeries.Write(kernel, candles, output);
    }
}
