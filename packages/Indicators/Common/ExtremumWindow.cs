namespace Trader.Indicators;

/// <summary>
/// Highest (or lowest) value over the last N positions with its position: a monotonic deque, amortized O(1)
/// per update, allocation-free. On ties the earliest position wins, as the library's strict comparison does.
/// </summary>
internal sealed class ExtremumWindow
{
    private readonly long[] _positions;
    private readonly double[] _values;
    private readonly int _length;
    private readonly bool _isMax;
    private int _head;
    private int _count;

    public ExtremumWindow(int length, bool isMax)
    {
        _length = length;
        _isMax = isMax;
        _positions = new long[length];
        _values = new double[length];
    }

    /// <summary>The extreme value of the window (undefined before the first add).</summary>
    public double Value => _values[_head];

    /// <summary>Position of <see cref="Value"/> (its earliest occurrence in the window).</summary>
    public long Position => _positions[_head];

    /// <summary>Adds <paramref name="value"/> at <paramref name="position"/> (strictly increasing).</summary>
    public void Add(long position, double value)
    {
        while (_count > 0 && _positions[_head] <= position - _length)
        {
            if (++_head == _length) _head = 0;
            _count--;
        }
        while (_count > 0)
        {
            int back = _head + _count - 1;
            if (back >= _length) back -= _length;
            double last = _values[back];
            bool dominated = _isMax ? last < value : last > value;
            if (!dominated) break;
            _count--;
        }
        int slot = _head + _count;
        if (slot >= _length) slot -= _length;
        _positions[slot] = position;
        _values[slot] = value;
        _count++;
    }
}
