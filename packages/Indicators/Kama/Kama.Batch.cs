namespace Trader.Indicators;

/// <summary>Kaufman's adaptive moving average over a whole series.</summary>
public static class KamaBatch
{
    /// <summary>Efficiency ratio and KAMA of <paramref name="values"/>; one result per input, null fields in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1, or fast is not less than slow.</exception>
    public static KamaResult[] Kama(this ReadOnlySpan<double> values, int erPeriod = 10, int fastPeriod = 2, int slowPeriod = 30)
    {
        using var columns = new Columns(2, values.Length);
        values.Kama(erPeriod, fastPeriod, slowPeriod, columns[0], columns[1]);
        var results = GC.AllocateUninitializedArray<KamaResult>(values.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new KamaResult(Kama: columns[0][i].ToNullable(), Er: columns[1][i].ToNullable());
        return results;
    }

    /// <summary>
    /// KAMA, efficiency ratio of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>closes.Kama(10, 2, 30, kama)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Kama(this ReadOnlySpan<double> values, int erPeriod, int fastPeriod, int slowPeriod, Span<double> kama, Span<double> er = default)
    {
        var kernel = new KamaIncremental(erPeriod, fastPeriod, slowPeriod);
        SeriesOutput.Require(kama, values.Length, nameof(kama));
        SeriesOutput.Optional(er, values.Length, nameof(er));
        KernelSeries.Write(kernel, values, kama, er);
    }
}
