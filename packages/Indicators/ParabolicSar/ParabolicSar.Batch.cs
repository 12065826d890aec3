using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Parabolic SAR over a whole series.</summary>
public static class ParabolicSarBatch
{
    /// <summary>Parabolic SAR of every candle: <c>candles.ParabolicSar(0.02, 0.2)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static ParabolicSarResult[] ParabolicSar(this ReadOnlySpan<Candle> candles, double accelerationStep = 0.02, double maxAccelerationFactor = 0.2, double? initialFactor = null)
    {
        using var columns = new Columns(2, candles.Length);
        candles.ParabolicSar(accelerationStep, maxAccelerationFactor, initialFactor, columns[0], columns[1]);
        var results = GC.AllocateUninitializedArray<ParabolicSarResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new ParabolicSarResult(Sar: columns[0][i].ToNullable(), IsReversal: double.IsNaN(columns[1][i]) ? null : columns[1][i] != 0);
        return results;
    }

    /// <summary>
    /// SAR, 1 on a reversal, 0 otherwise of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.ParabolicSar(0.02, 0.2, null, sar)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void ParabolicSar(this ReadOnlySpan<Candle> candles, double accelerationStep, double maxAccelerationFactor, double? initialFactor, Span<double> sar, Span<double> isReversal = default)
    {
        var kernel = new ParabolicSarIncremental(accelerationStep, maxAccelerationFactor, initialFactor);
        SeriesOutput.Require(sar, candles.Length, nameof(sar));
        SeriesOutput.Optional(isReversal, candles.Length, nameof(isReversal));
        KernelSeries.Write(kernel, candles, sar, isReversal);
    }
}
