using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Money flow index over a whole candle series.</summary>
public static class MfiBatch
{
    /// <summary>MFI (0..100) of <paramref name="candles"/>; one result per input, null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Mfi(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        using var columns = new Columns(1, candles.Length);
        candles.Mfi(period, columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>
    /// MFI (0..100) of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.Mfi(14, output)</c>.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Mfi(this ReadOnlySpan<Candle> candles, int period, Span<double> output)
    {
        var kernel = new MfiIncremental(period);
        SeriesOutput.Require(output, candles.Length, nameof(output));
        KernelSeries.Write(kernel, candles, output);
    }
}
