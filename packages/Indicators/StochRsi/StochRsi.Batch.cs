namespace Trader.Indicators;

/// <summary>Stochastic RSI over a whole series.</summary>
public static class StochRsiBatch
{
    /// <summary>Stochastic RSI (0..100) of <paramref name="values"/>; one result per input, null fields while undefined.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1.</exception>
    public static StochRsiResult[] StochRsi(this ReadOnlySpan<double> values, int rsiPeriod = 14, int stochPeriod = 14, int signalPeriod = 3, int smoothPeriod = 1)
    {
        using var columns = new Columns(2, values.Length);
        values.StochRsi(rsiPeriod, stochPeriod, signalPeriod, smoothPeriod, columns[0], columns[1]);
        var results = GC.AllocateUninitializedArray<StochRsiResult>(values.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new StochRsiResult(StochRsi: columns[0][i].ToNullable(), Signal: columns[1][i].ToNullable());
        return results;
    }

    /// <summary>
    /// Stochastic RSI (0..100), its signal of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>closes.StochRsi(14, 14, 3, 1, stochRsi, signal)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void StochRsi(this ReadOnlySpan<double> values, int rsiPeriod, int stochPeriod, int signalPeriod, int smoothPeriod, Span<double> stochRsi, Span<double> signal = default)
    {
        var kernel = new StochRsiIncremental(rsiPeriod, stochPeriod, signalPeriod, smoothPeriod);
        SeriesOutput.Require(stochRsi, values.Length, nameof(stochRsi));
        SeriesOutput.Optional(signal, values.Length, nameof(signal));
        KernelSeries.Write(kernel, values, stochRsi, signal);
    }
}
