using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Parabolic SAR over a whole series.</summary>
public static class ParabolicSarBatch
{
    /// <summary>Parabolic SAR of every candle: <c>candles.ParabolicSar(0.02, 0.2)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static ParabolicSarResult[] ParabolicSar(this ReadOnlySpan<Candle> candles, double accelerationStep = 0.02, double maxAccelerationFactor = 0.2, double? initialFactor = null)
    {
        var kernel = new ParabolicSarIncremental(accelerationStep, maxAccelerationFactor, initialFactor);
        var results = GC.AllocateUninitializedArray<ParabolicSarResult>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
