using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Donchian Channels over a whole series.</summary>
public static class DonchianBatch
{
    /// <summary>Donchian(N) of every candle: <c>candles.Donchian(20)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static DonchianResult[] Donchian(this ReadOnlySpan<Candle> candles, int period = 20)
    {
        using var columns = new Columns(4, candles.Length);
        candles.Donchian(period, columns[0], columns[1], columns[2], columns[3]);
        var results = GC.AllocateUninitializedArray<DonchianResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new DonchianResult(Centerline: columns[0][i].ToNullable(), UpperBand: columns[1][i].ToNullable(), LowerBand: columns[2][i].ToNullable(), Width: columns[3][i].ToNullable());
        return results;
    }

    /// <summary>
    /// Centerline, upper band, lower band, width of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.Donchian(20, middle, upper, lower)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Donchian(this ReadOnlySpan<Candle> candles, int period, Span<double> middle, Span<double> upper = default, Span<double> lower = default, Span<double> width = default)
    {
        var kernel = new DonchianIncremental(period);
        SeriesOutput.Require(middle, candles.Length, nameof(middle));
        SeriesOutput.Optional(upper, candles.Length, nameof(upper));
        SeriesOutput.Optional(lower, candles.Length, nameof(lower));
        SeriesOutput.Optional(width, candles.Length, nameof(width));
        KernelSeries.Write(kernel, candles, middle, upper, lower, width);
    }
}
