namespace Trader.Indicators;

/// <summary>
/// Sum of the last N values in O(1) per update (for Chaikin Money Flow).
/// </summary>
/// <remarks>
/// Every N updates the sum is recomputed from the window (amortised O(1)), so rounding drift stays bounded,
/// a NaN that has left the window no longer poisons the sum, and a window of zeros sums to exactly 0.
/// </remarks>
internal sealed class RollingSum
{
    private readonly double[] _window;
    private int _count;
    private int _next;
    private int _sinceResync;
    private double _sum;

    public RollingSum(int period) => _window = new double[period];

    public bool IsFull => _count == _window.Length;

    /// <summary>Sum of the values in the window.</summary>
    public double Sum => _sum;

    public void Add(double value)
    {
        if (_count == _window.Length) _sum -= _window[_next];
        else _count++;
        _window[_next] = value;
        _sum += value;
        if (++_next == _window.Length) _next = 0;
        if (++_sinceResync == _window.Length)
        {
            _sinceResync = 0;
            double sum = 0;
            for (int i = 0; i < _count; i++) sum += _window[i];
            _sum = sum;
        }
    }
}
