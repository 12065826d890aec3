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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double WilderStep(double previous, double value, int period) => (previous * (period - 1) + value) / period;
}
