namespace Trader.Indicators;

/// <summary>TRIX over a whole series.</summary>
public static class TrixBatch
{
    /// <summary>TRIX of <paramref name="values"/> over <paramref name="period"/> bars; one result per input, null fields in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static TrixResult[] Trix(this ReadOnlySpan<double> values, int period)
    {
        using var columns = new Columns(2, values.Length);
        values.Trix(period, columns[0], columns[1]);
        var results = GC.AllocateUninitializedArray<TrixResult>(values.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new TrixResult(Trix: columns[0][i].ToNullable(), Ema3: columns[1][i].ToNullable());
        return results;
    }

    /// <summary>
    /// TRIX (percent per bar), the triple EMA of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>closes.Trix(15, trix)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Trix(this ReadOnlySpan<double> values, int period, Span<double> trix, Span<double> ema3 = default)
    {
        var kernel = new TrixIncremental(period);
        SeriesOutput.Require(trix, values.Length, nameof(trix));
        SeriesOutput.Optional(ema3, values.Length, nameof(ema3));
        KernelSeries.Write(kernel, values, trix, ema3);
    }
}
