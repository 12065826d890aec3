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
        if (_count == _window.Length)
        {
            double old = _window[_next] - _shift;
            _sum -= old;
            _sumSquares -= old * old;
        }
        else
        {
            _count++;
        }
        _window[_next] = value;
        double d = value - _shift;
        _sum += d;
        _sumSquares += d * d;
        if (++_next == _window.Length) _next = 0;
        if (++_sinceResync == _window.Length) Resync();
    }

    /// <summary>Mean of the values in the window.</summary>
    public double Mean => _shift + _sum * (1.0 / _count);

    /// <summary>Population variance (divide by N) of the values in the window; never negative.</summary>
    public double Variance => VarianceOf(_sum, _sumSquares, 1.0 / _count);

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
        double sum = 0, sumSquares = 0;
        for (int i = 0; i < _count; i++)
        {
            double d = _window[i] - _shift;
            sum += d;
            sumSquares += d * d;
        }
        _sum = sum;
        _sumSquares = sumSquares;
    }
}
