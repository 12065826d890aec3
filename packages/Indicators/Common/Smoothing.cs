using System.Runtime.CompilerServices;

namespace Trader.Indicators;

/// <summary>
/// One step of exponential smoothing, <c>next = keep * previous + weight * value</c>, written once so every form
/// (incremental, span batch, nullable batch) agrees bit for bit.
/// </summary>
/// <remarks>
/// The step is one fused multiply-add on the loop-carried value (<c>weight * value</c> does not depend on the
/// previous step), so a series runs at the latency of one FMA per bar: the library's <c>prev + k * (value - prev)</c>
/// chains a subtraction, a multiplication and an addition. The two forms differ by a few ulps, far inside the
/// reference tolerance (1e-9 relative), and the step is contractive, so the difference never grows.
/// </remarks>
internal readonly record struct Smoothing(double Keep, double Weight)
{
    /// <summary>EMA over <paramref name="period"/> bars: weight k = 2 / (N + 1), keep 1 - k.</summary>
    public static Smoothing Ema(int period)
    {
        double k = 2.0 / (period + 1);
        return new Smoothing(1 - k, k);
    }

    /// <summary>Wilder's smoothing (RMA/SMMA) over <paramref name="period"/> bars: <c>(prev * (N - 1) + value) / N</c>.</summary>
    public static Smoothing Wilder(int period) => new((period - 1) / (double)period, 1.0 / period);

    /// <summary>Wilder's running sum over <paramref name="period"/> bars (ADX): <c>s - s / N + value</c>.</summary>
    public static Smoothing WilderSum(int period) => new((period - 1) / (double)period, 1);

    /// <summary>The next smoothed value after <paramref name="previous"/> given <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Step(double previous, double value) => Math.FusedMultiplyAdd(Keep, previous, Weight * value);
}
