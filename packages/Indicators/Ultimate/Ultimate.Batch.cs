using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Ultimate Oscillator over a whole candle series.</summary>
public static class UltimateBatch
{
    /// <summary>Ultimate Oscillator (0..100) of <paramref name="candles"/>; one result per input, null in warm-up or on flat prices.</summary>
    /// <exception cref="ArgumentOutOfRangeException">short is less than 1, or the periods are not increasing.</exception>
    public static double?[] Ultimate(this ReadOnlySpan<Candle> candles, int shortPeriod = 7, int middlePeriod = 14, int longPeriod = 28)
    {
        using var columns = new Columns(1, candles.Length);
        candles.Ultimate(shortPeriod, middlePeriod, longPeriod, columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>
    /// The ultimate oscillator (0..100) of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.Ultimate(7, 14, 28, output)</c>.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Ultimate(this ReadOnlySpan<Candle> candles, int shortPeriod, int middlePeriod, int longPeriod, Span<double> output)
    {
        var kernel = new UltimateIncremental(shortPeriod, middlePeriod, longPeriod);
        SeriesOutput.Require(output, candles.Length, nameof(output));
        KernelSeries.Write(kernel, candles, output);
    }
}
