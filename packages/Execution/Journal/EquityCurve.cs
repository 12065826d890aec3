using System.Collections;
using System.Runtime.CompilerServices;

namespace Trader.Execution.Journal;

/// <summary>
/// A backtest's equity curve, compact: per candle close only its time and close price (16 bytes), plus the books
/// (<see cref="EquityBook"/>) once per fill. A point read back is exact (the books marked at the close, as the engine
/// computes it); <see cref="CopyTo"/> gives the whole curve in double for metrics. A later point with the same time
/// replaces the last one (e.g. closing what was open at the end of a backtest). <see cref="Clear"/> empties it and keeps
/// its buffers, so a sweep reuses one curve per core instead of allocating (and zeroing, and collecting) 16 bytes per
/// candle for every run.
/// </summary>
public sealed class EquityCurve : IReadOnlyList<EquityPoint>
{
    private readonly List<(int Start, EquityBook Book)> _books = [];
    private EquityBook? _lastBook;
    private long[] _timesMs;
    private double[] _closes;
    private int _count;

    /// <param name="capacity">Expected points (one per candle); the curve grows past it.</param>
    public EquityCurve(int capacity = 0)
    {
        // Uninitialised: every slot is written before it is read (reads stop at the count), and zeroing 16 bytes per
        // candle of a curve that is about to be written anyway is a measurable part of a one-shot backtest.
        _timesMs = GC.AllocateUninitializedArray<long>(Math.Max(0, capacity));
        _closes = GC.AllocateUninitializedArray<double>(_timesMs.Length);
    }

    /// <inheritdoc />
    public int Count => _count;

    /// <summary>The exact point at <paramref name="index"/>.</summary>
    public EquityPoint this[int index] => Mark(index).ToPoint();

    /// <summary>Removes every point and keeps the buffers (their capacity) for the next run.</summary>
    public void Clear()
    {
        _books.Clear();
        _lastBook = null;
        _count = 0;
    }

    /// <summary>Appends a mark, or replaces the last one when it has the same time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per candle of a one-shot backtest: jitted optimised at once, not tier-0 code a single replay never leaves
    public void Add(EquityMark mark)
    {
        int at = _count > 0 && _timesMs[_count - 1] == mark.TimeMs ? _count - 1 : _count;
        if (at == _timesMs.Length)
        {
            int grown = Math.Max(16, _timesMs.Length * 2);
            Array.Resize(ref _timesMs, grown);
            Array.Resize(ref _closes, grown);
        }
        _timesMs[at] = mark.TimeMs;
        _closes[at] = mark.Close;
        _count = at + 1;
        if (ReferenceEquals(_lastBook, mark.Book)) return;
        _lastBook = mark.Book;
        if (_books.Count > 0 && _books[^1].Start == at) _books[^1] = (at, mark.Book);
        else _books.Add((at, mark.Book));
    }

    /// <summary>The mark at <paramref name="index"/>.</summary>
    public EquityMark Mark(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        // The last book starting at or before the index.
        int lo = 0, hi = _books.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (_books[mid].Start <= index) lo = mid;
            else hi = mid - 1;
        }
        return new EquityMark(_timesMs[index], _closes[index], _books[lo].Book);
    }

    /// <summary>Every point's time (UTC milliseconds), in place: valid until the curve changes.</summary>
    public ReadOnlySpan<long> TimesMs => _timesMs.AsSpan(0, _count);

    /// <summary>Every point's equity in double (<see cref="EquityMark.Value"/>), in one pass; <paramref name="values"/> holds at least <see cref="Count"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per backtest over every candle: no time to tier up
    public void CopyTo(Span<double> values)
    {
        for (int b = 0; b < _books.Count; b++)
        {
            int end = b + 1 < _books.Count ? _books[b + 1].Start : _count;
            var book = _books[b].Book;
            double cash = book.CashValue, holding = book.HoldingValue;
            for (int i = _books[b].Start; i < end; i++) values[i] = cash + holding * _closes[i];
        }
    }

    /// <inheritdoc />
    public IEnumerator<EquityPoint> GetEnumerator()
    {
        for (int b = 0; b < _books.Count; b++)
        {
            int end = b + 1 < _books.Count ? _books[b + 1].Start : _count;
            var book = _books[b].Book;
            for (int i = _books[b].Start; i < end; i++) yield return new EquityMark(_timesMs[i], _closes[i], book).ToPoint();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
