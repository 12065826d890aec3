using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Rolling population standard deviation over a whole series.</summary>
public static class StdDevBatch
{
    /// <summary>StdDev(N) of closes: <c>closes.StdDev(14)</c>. One result per close.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static StdDevResult[] StdDev(this ReadOnlySpan<double> closes, int period = 14)
    {
        using var columns = new Columns(3, closes.Length);
        closes.StdDev(period, columns[0], columns[1], columns[2]);
        var results = GC.AllocateUninitializedArray<StdDevResult>(closes.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new StdDevResult(StdDev: columns[0][i].ToNullable(), Mean: columns[1][i].ToNullable(), ZScore: columns[2][i].ToNullable());
        return results;
    }

    /// <summary>StdDev(N) of the candles' closes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static StdDevResult[] StdDev(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        using var closes = Columns.Closes(candles);
        return ((ReadOnlySpan<double>)closes[0]).StdDev(period);
    }

    /// <summary>
    /// Population standard deviation, mean, z-score of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>closes.StdDev(14, stdDev)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void StdDev(this ReadOnlySpan<double> closes, int period, Span<double> stdDev, Span<double> mean = default, Span<double> zScore = default)
    {
        var kernel = new StdDevIncremental(period);
        SeriesOutput.Require(stdDev, closes.Length, nameof(stdDev));
        SeriesOutput.Optional(mean, closes.Length, nameof(mean));
        SeriesOutput.Optional(zScore, closes.Length, nameof(zScore));
        KernelSeries.Write(kernel, closes, stdDev, mean, zScore);
    }
}
