using Trader.Timeframes;

namespace Trader.Indicators;

/// <summary>True Range (<c>tr</c>) over a whole series.</summary>
public static class TrueRangeBatch
{
    /// <summary>True Range of every candle, in price units; null on the first candle.</summary>
    public static double?[] TrueRange(this ReadOnlySpan<Candle> candles)
    {
        using var columns = new Columns(1, candles.Length);
        candles.TrueRange(columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>
    /// True range of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.TrueRange(output)</c>.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void TrueRange(this ReadOnlySpan<Candle> candles, Span<double> output)
    {
        var kernel = new TrueRangeIncremental();
        SeriesOutput.Require(output, candles.Length, nameof(output));
        KernelSeries.Write(kernel, candles, output);
    }
}
