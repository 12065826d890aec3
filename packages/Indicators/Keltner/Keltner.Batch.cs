using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Keltner Channels over a whole series.</summary>
public static class KeltnerBatch
{
    /// <summary>Keltner(E, k, A) of every candle: <c>candles.Keltner(20, 2, 10)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static KeltnerResult[] Keltner(this ReadOnlySpan<Candle> candles, int emaPeriods = 20, double multiplier = 2, int atrPeriods = 10)
    {
        using var columns = new Columns(4, candles.Length);
        candles.Keltner(emaPeriods, multiplier, atrPeriods, columns[0], columns[1], columns[2], columns[3]);
        var results = GC.AllocateUninitializedArray<KeltnerResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new KeltnerResult(Centerline: columns[0][i].ToNullable(), UpperBand: columns[1][i].ToNullable(), LowerBand: columns[2][i].ToNullable(), Width: columns[3][i].ToNullable());
        return results;
    }

    /// <summary>
    /// Centerline, upper band, lower band, width of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.Keltner(20, 2, 10, middle, upper, lower)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Keltner(this ReadOnlySpan<Candle> candles, int emaPeriods, double multiplier, int atrPeriods, Span<double> middle, Span<double> upper = default, Span<double> lower = default, Span<double> width = default)
    {
        var kernel = new KeltnerIncremental(emaPeriods, multiplier, atrPeriods);
        SeriesOutput.Require(middle, candles.Length, nameof(middle));
        SeriesOutput.Optional(upper, candles.Length, nameof(upper));
        SeriesOutput.Optional(lower, candles.Length, nameof(lower));
        SeriesOutput.Optional(width, candles.Length, nameof(width));
        KernelSeries.Write(kernel, candles, middle, upper, lower, width);
    }
}
