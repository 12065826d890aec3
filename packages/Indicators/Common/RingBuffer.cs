using System.Runtime.CompilerServices;

namespace Trader.Indicators;

/// <summary>The last <c>capacity</c> values of a series, allocated once; pushing is O(1) and allocation-free.</summary>
internal sealed class RingBuffer
{
    private readonly double[] _items;
    private int _next;

    public RingBuffer(int capacity) => _items = new double[capacity];

    public int Capacity => _items.Length;

    public int Count { get; private set; }

    public bool IsFull => Count == _items.Length;

    /// <summary>Value pushed <paramref name="ago"/> pushes before the newest (0 = newest).</summary>
    public double this[int ago]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int index = _next - 1 - ago;
            return _items[index < 0 ? index + _items.Length : index];
        }
    }

    /// <summary>The values held, in storage order (not time order): for order-free reductions such as sums.</summary>
    public ReadOnlySpan<double> Values => _items.AsSpan(0, Count);

    /// <summary>The value the next push evicts (the oldest when full, 0 before).</summary>
    public double Oldest => _items[_next];

    /// <summary>Appends <paramref name="value"/> and returns the evicted value (0 while the buffer was not full).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Push(double value)
    {
        double evicted = _items[_next];
        _items[_next] = value;
        if (++_next == _items.Length) _next = 0;
        if (Count < _items.Length) Count++;
        return evicted;
    }
}
