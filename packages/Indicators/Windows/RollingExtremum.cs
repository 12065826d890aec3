namespace Trader.Indicators;

/// <summary>
/// Highest (or lowest) of the last N values in amortised O(1) per update: a monotonic deque of candidates.
/// </summary>
/// <remarks>
/// The lowest is tracked as the highest of the negated values, so one code path serves both.
/// Each value enters and leaves the deque once, hence amortised O(1) and no allocation after construction.
/// </remarks>
internal sealed class RollingExtremum
{
    private readonly long[] _index;
    private readonly double[] _value;
    private readonly double _sign;
    private int _head;
    private int _count;
    private long _added;

    /// <param name="period">Window length N.</param>
    /// <param name="highest">True for the highest value, false for the lowest.</param>
    public RollingExtremum(int period, bool highest)
    {
        _index = new long[period];
        _value = new double[period];
        _sign = highest ? 1.0 : -1.0;
    }

    /// <summary>True once N values have been added.</summary>
    public bool IsFull => _added >= _index.Length;

    /// <summary>The highest (lowest) value in the window; NaN before the first value.</summary>
    public double Value => _count == 0 ? double.NaN : _sign * _value[_head];

    public void Add(double value)
    {
        int capacity = _index.Length;
        // drop the candidate that leaves the window
        if (_count > 0 && _index[_head] <= _added - capacity)
        {
            if (++_head == capacity) _head = 0;
            _count--;
        }
        double v = _sign * value;
        // drop candidates that can never be the extremum again
        while (_count > 0)
        {
            int back = _head + _count - 1;
            if (back >= capacity) back -= capacity;
            if (_value[back] > v) break;
            _count--;
        }
        int slot = _head + _count;
        if (slot >= capacity) slot -= capacity;
        _index[slot] = _added;
        _value[slot] = v;
        _count++;
        _added++;
    }
}
