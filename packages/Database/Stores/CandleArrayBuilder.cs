using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>
/// Collects the rows of a PostgreSQL range read into one <see cref="Candle"/> array. Sized up front from the range's
/// first and last stored open times (the number of open times between them), which is exact for a series without gaps
/// (the usual case), so a million-candle read allocates its 48 MB once and returns that array itself; a read with gaps
/// is trimmed by one copy at the end, and one past <see cref="MaxCapacity"/> open times (a sparse series) grows as it goes.
/// </summary>
internal sealed class CandleArrayBuilder
{
    // A sparse series would overestimate; past this the array grows instead.
    private const int MaxCapacity = 1 << 24;

    private Candle[] _items;
    private int _count;

    /// <param name="timeframe">The series' timeframe.</param>
    /// <param name="firstMs">Open time of the first stored candle in the range; null when the range is empty.</param>
    /// <param name="lastMs">Open time of the last stored candle in the range.</param>
    public CandleArrayBuilder(Timeframe timeframe, long? firstMs, long? lastMs)
    {
        int capacity = firstMs is { } first && lastMs is { } last ? (int)Math.Min(timeframe.CountOpenTimes(first, last + 1), MaxCapacity) : 0;
        // Every slot up to the count is written before it is read, so the array need not be zeroed first.
        _items = capacity == 0 ? [] : GC.AllocateUninitializedArray<Candle>(capacity);
    }

    public void Add(in Candle candle)
    {
        if (_count == _items.Length) Array.Resize(ref _items, Math.Max(16, _items.Length * 2));
        _items[_count++] = candle;
    }

    /// <summary>The candles added, in order: the builder's own array when it is full.</summary>
    public Candle[] ToArray() => _count == _items.Length ? _items : _items.AsSpan(0, _count).ToArray();
}
