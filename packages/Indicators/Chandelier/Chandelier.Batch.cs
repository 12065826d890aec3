using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Chandelier Exit over a whole series.</summary>
public static class ChandelierBatch
{
    /// <summary>Chandelier Exit of every candle: <c>candles.Chandelier(22, 3)</c>. One value per candle, null before index N.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static double?[] Chandelier(this ReadOnlySpan<Candle> candles, int period = 22, double multiplier = 3, ChandelierDirection direction = ChandelierDirection.Long)
    {
        using var columns = new Columns(1, candles.Length);
        candles.Chandelier(period, multiplier, direction, columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>
    /// The chandelier exit of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.Chandelier(22, 3, ChandelierDirection.Long, output)</c>.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Chandelier(this ReadOnlySpan<Candle> candles, int period, double multiplier, ChandelierDirection direction, Span<double> output)
    {
        var kernel = new ChandelierIncremental(period, multiplier, direction);
        SeriesOutput.Require(output, candles.Length, nameof(output));
        KernelSeries.Write(kernel, candles, output);
    }
}
