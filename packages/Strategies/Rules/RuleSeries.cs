using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Strategies.Rules;

/// <summary>
/// The bounded histories that compiled rules read: one buffer per series used, sized by the largest offset
/// used on it (plus one for a cross). <see cref="Advance"/> records the current candle in O(series used).
/// </summary>
public sealed class RuleSeries
{
    private readonly Dictionary<(string Name, int Field), SeriesBuffer> _byKey = [];
    private SeriesBuffer[] _buffers = [];

    /// <summary>Closed candles recorded so far.</summary>
    public long Count { get; private set; }

    /// <summary>Records <paramref name="candle"/> and the indicators' current values; feed the indicators first.</summary>
    public void Advance(in Candle candle)
    {
        foreach (var buffer in _buffers) buffer.Capture(candle);
        Count++;
    }

    /// <summary>Per series read, in compile order: the 1-based candle of its first defined value (0: none yet).</summary>
    internal long[] FirstDefinedCandles() => _buffers.Select(b => b.FirstDefinedCandle).ToArray();

    /// <summary>Per series read, in compile order: the most candles back the rules read it (a cross adds one).</summary>
    internal int[] Reaches() => _buffers.Select(b => b.Capacity - 1).ToArray();

    /// <summary>Total values kept across buffers (memory bound, independent of history length).</summary>
    public int RetainedValues => _buffers.Sum(b => b.Capacity);

    internal SeriesBuffer Get(string name, CandleField candleField, IIndicator? indicator, int field, int capacity)
    {
        if (Count > 0)
        {
            throw new InvalidOperationException("Compile every rule before the first candle: histories are sized at compile time.");
        }
        if (!_byKey.TryGetValue((name, field), out var buffer))
        {
            buffer = new SeriesBuffer(candleField, indicator, field);
            _byKey.Add((name, field), buffer);
            _buffers = [.. _buffers, buffer];
        }
        buffer.EnsureCapacity(capacity);
        return buffer;
    }
}
