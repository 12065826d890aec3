using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Chaikin Money Flow over a whole series.</summary>
public static class CmfBatch
{
    /// <summary>CMF(N) of every candle: <c>candles.Cmf(20)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static CmfResult[] Cmf(this ReadOnlySpan<Candle> candles, int period = 20)
    {
        using var columns = new Columns(3, candles.Length);
        candles.Cmf(period, columns[0], columns[1], columns[2]);
        var results = GC.AllocateUninitializedArray<CmfResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new CmfResult(Cmf: columns[0][i].ToNullable(), MoneyFlowMultiplier: columns[1][i].ToNullable(), MoneyFlowVolume: columns[2][i].ToNullable());
        return results;
    }

    /// <summary>
    /// CMF (-1..1), money flow multiplier, money flow volume of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.Cmf(20, cmf)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Cmf(this ReadOnlySpan<Candle> candles, int period, Span<double> cmf, Span<double> mfm = default, Span<double> mfv = default)
    {
        var kernel = new CmfIncremental(period);
        SeriesOutput.Require(cmf, candles.Length, nameof(cmf));
        SeriesOutput.Optional(mfm, candles.Length, nameof(mfm));
        SeriesOutput.Optional(mfv, candles.Length, nameof(mfv));
        KernelSeries.Write(kernel, candles, cmf, mfm, mfv);
    }
}
