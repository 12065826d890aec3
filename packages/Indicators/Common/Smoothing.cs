using System.Runtime.CompilerServices;

namespace Trader.Indicators;

/// <summary>The smoothing steps every averaging indicator shares, written once so all forms agree bit for bit.</summary>
internal static class Smoothing
{
    /// <summary>Smoothing factor of an EMA over <paramref name="period"/> bars: 2 / (N + 1).</summary>
    public static double EmaFactor(int period) => 2.0 / (period + 1);

    /// <summary>One EMA step, in the library's form <c>prev + k * (value - prev)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double EmaStep(double previous, double value, double k) => previous + k * (value - previous);

    /// <summary>One Wilder (RMA/SMMA) step: <c>(prev * (N - 1) + value) / N</c>.</summary>
    /// <remarks>
    /// Multiplies by 1/N instead of dividing: inside a loop the JIT hoists the reciprocal, and a division per step was
    /// what bounded RSI, ATR and ADX in batch. The result differs from the library's division by at most a few ulps,
    /// far inside the reference tolerance of 1e-9 relative, and the step is contractive so the difference never grows.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double WilderStep(double previous, double value, int period) => (previous * (period - 1) + value) * (1.0 / period);
}
