using Trader.Domain;

namespace Trader.Indicators;

/// <summary>SuperTrend over a whole series.</summary>
public static class SuperTrendBatch
{
    /// <summary>SuperTrend(N, k) of every candle: <c>candles.SuperTrend(10, 3)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static SuperTrendResult[] SuperTrend(this ReadOnlySpan<Candle> candles, int period = 10, double multiplier = 3)
    {
        using var columns = new Columns(3, candles.Length);
        candles.SuperTrend(period, multiplier, columns[0], columns[1], columns[2]);
        var results = GC.AllocateUninitializedArray<SuperTrendResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new SuperTrendResult(SuperTrend: columns[0][i].ToNullable(), UpperBand: columns[1][i].ToNullable(), LowerBand: columns[2][i].ToNullable());
        return results;
    }

    /// <summary>
    /// SuperTrend line, upper band (while bearish), lower band (while bullish) of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.SuperTrend(10, 3, superTrend)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void SuperTrend(this ReadOnlySpan<Candle> candles, int period, double multiplier, Span<double> superTrend, Span<double> upper = default, Span<double> lower = default)
    {
        var kernel = new SuperTrendIncremental(period, multiplier);
        SeriesOutput.Require(superTrend, candles.Length, nameof(superTrend));
        SeriesOutput.Optional(upper, candles.Length, nameof(upper));
        SeriesOutput.Optional(lower, candles.Length, nameof(lower));
        KernelSeries.Write(kernel, candles, superTrend, upper, lower);
    }
}
