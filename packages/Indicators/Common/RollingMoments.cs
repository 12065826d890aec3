namespace Trader.Indicators;

/// <summary>
/// Mean and population variance of the last N values in O(1) per update, for Bollinger Bands and StdDev.
/// </summary>
/// <remarks>
/// Sums are kept relative to a shift (a value inside the window), so E[x^2] - E[x]^2 does not lose the
/// variance to cancellation when prices are large and moves small. Every N updates the sums are recomputed
/// from the window (amortised O(1)), which bounds rounding drift and clears a NaN that has left the window;
/// a window of equal values therefore reports a variance of exactly 0 at the latest N updates later.
/// </remarks>
internal sealed class RollingMoments
{
    private readonly double[] _window;
    private int _count;
    private int _next;
    private int _sinceResync;
    private double _shift;
    private double _sum;
    private double _sumSquares;

    public RollingMoments(int period) => _window = new double[period];

    public bool IsFull => _count == _window.Length;

    public void Add(double value)
    {
        if (_count == 0) _shift = value;
        double old = 0;
        if (_count == _window.Length) old = _window[_next] - _shift;
        else _count++;
        _window[_next] = value;
        Roll(ref _sum, ref _sumSquares, value - _shift, old);
        if (++_next == _window.Length) _next = 0;
        if (++_sinceResync == _window.Length) Resync();
    }

    /// <summary>Mean of the values in the window.</summary>
    public double Mean => _shift + _sum * (1.0 / _count);

    /// <summary>Population variance (divide by N) of the values in the window; never negative.</summary>
    public double Variance => VarianceOf(_sum, _sumSquares, 1.0 / _count);

    /// <summary>
    /// Adds shifted value <paramref name="d"/> to the sums and removes <paramref name="old"/> (0 while filling), with
    /// one addition per sum on the loop-carried chain (the span batch forms share it).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Roll(ref double sum, ref double sumSquares, double d, double old)
    {
        sum += d - old;
        sumSquares += Math.FusedMultiplyAdd(d, d, -(old * old));
    }

    /// <summary>
    /// Population variance from the sums of the shifted values and of their squares and 1 / count (the span batch
    /// forms hold the sums in registers and share this formula).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double VarianceOf(double sum, double sumSquares, double inverseCount)
    {
        double mean = sum * inverseCount;
        double variance = sumSquares * inverseCount - mean * mean;
        return variance < 0 ? 0 : variance; // rounding can dip below 0; NaN stays NaN
    }

    private void Resync()
    {
        _sinceResync = 0;
        _shift = _window[_next == 0 ? _window.Length - 1 : _next - 1];
        Sums(_window.AsSpan(0, _count), _shift, out _sum, out _sumSquares);
    }

    /// <summary>
    /// The sums of (x - shift) and (x - shift)^2 over <paramref name="values"/>, several lanes at a time (a plain loop
    /// chains every addition on the previous one).
    /// </summary>
    public static void Sums(ReadOnlySpan<double> values, double shift, out double sum, out double sumSquares)
    {
        int j = 0;
        sum = sumSquares = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && values.Length >= System.Numerics.Vector<double>.Count)
        {
            var shifts = new System.Numerics.Vector<double>(shift);
            var sums = System.Numerics.Vector<double>.Zero;
            var squares = System.Numerics.Vector<double>.Zero;
            for (; j <= values.Length - System.Numerics.Vector<double>.Count; j += System.Numerics.Vector<double>.Count)
            {
                var d = new System.Numerics.Vector<double>(values[j..]) - shifts;
                sums += d;
                squares += d * d;
            }
            sum = System.Numerics.Vector.Sum(sums);
            sumSquares = System.Numerics.Vector.Sum(squares);
        }
        for (; j < values.Length; j++)
        {
            double d = values[j] - shift;
            sum += d;
            sumSquares += d * d;
        }
    }
}
