using System.Collections;
using System.Runtime.CompilerServices;

namespace Trader.Execution.Journal;

/// <summary>
/// A backtest's equity curve, compact: per candle close only its close price (8 bytes), its time as a step of a regular
/// run (one run per stretch without holes), plus the books (<see cref="EquityBook"/>) once per fill. A point read back is
/// exact (the books marked at the close, as the engine computes it); <see cref="CopyTo"/> gives the curve in double for
/// metrics, a block at a time. A later point with the same time replaces the last one (e.g. closing
/// what was open at the end of a backtest). <see cref="Clear"/> empties it and keeps its buffer, so a sweep reuses one
/// curve per core instead of allocating (and zeroing, and collecting) a buffer per candle for every run.
/// </summary>
/// <remarks>A one-shot backtest of 1,000,000 candles touches every page of what the curve holds once, and on a virtual
/// machine a first touch costs about 10 µs a page: times kept as runs rather than 8 bytes a candle save 2,000 of them.</remarks>
public sealed class EquityCurve : IReadOnlyList<EquityPoint>
{
    private readonly List<(int Start, EquityBook Book)> _books = [];
    // Point i of a run is at FirstMs + (i - Start) × StepMs; StepMs is 0 until the run's second point.
    private readonly List<(int Start, long FirstMs, long StepMs)> _runs = [];
    private EquityBook? _lastBook;
    private double[] _closes;
    private long _lastTimeMs;
    // The last run's step, kept out of the list for the per-candle test; 0 while the run has one point.
    private long _stepMs;
    private int _count;

    /// <param name="capacity">Expected points (one per candle); the curve grows past it.</param>
    public EquityCurve(int capacity = 0)
    {
        // Uninitialised: every slot is written before it is read (reads stop at the count), and zeroing a buffer that is
        // about to be written anyway is a measurable part of a one-shot backtest.
        _closes = GC.AllocateUninitializedArray<double>(Math.Max(0, capacity));
    }

    /// <inheritdoc />
    public int Count => _count;

    /// <summary>The exact point at <paramref name="index"/>.</summary>
    public EquityPoint this[int index] => Mark(index).ToPoint();

    /// <summary>Removes every point and keeps the buffer (its capacity) for the next run.</summary>
    public void Clear()
    {
        _books.Clear();
        _runs.Clear();
        _stepMs = 0;
        _lastBook = null;
        _count = 0;
    }

    /// <summary>Appends a mark, or replaces the last one when it has the same time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per candle of a one-shot backtest: jitted optimised at once, not tier-0 code a single replay never leaves
    public void Add(EquityMark mark)
    {
        int at = _count > 0 && _lastTimeMs == mark.TimeMs ? _count - 1 : _count;
        if (at == _closes.Length) Array.Resize(ref _closes, Math.Max(16, _closes.Length * 2));
        _closes[at] = mark.Close;
        if (at == _count)
        {
            if (_stepMs == 0 || mark.TimeMs - _lastTimeMs != _stepMs) AddTime(at, mark.TimeMs);
            _lastTimeMs = mark.TimeMs;
            _count = at + 1;
        }
        if (ReferenceEquals(_lastBook, mark.Book)) return;
        _lastBook = mark.Book;
        if (_books.Count > 0 && _books[^1].Start == at) _books[^1] = (at, mark.Book);
        else _books.Add((at, mark.Book));
    }

    // A point that is not the next step of the last run: the second point of a run fixes its step, any other starts a run.
    private void AddTime(int at, long timeMs)
    {
        if (_stepMs == 0 && _runs.Count > 0 && timeMs > _lastTimeMs)
        {
            _stepMs = timeMs - _lastTimeMs;
            _runs[^1] = _runs[^1] with { StepMs = _stepMs };
            return;
        }
        _runs.Add((at, timeMs, 0));
        _stepMs = 0;
    }

    /// <summary>The mark at <paramref name="index"/>.</summary>
    public EquityMark Mark(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        var (start, firstMs, stepMs) = _runs[LastStartingAtOrBefore(_runs, index, r => r.Start)];
        return new EquityMark(firstMs + (index - start) * stepMs, _closes[index], _books[LastStartingAtOrBefore(_books, index, b => b.Start)].Book);
    }

    private static int LastStartingAtOrBefore<T>(List<T> list, int index, Func<T, int> start)
    {
        int lo = 0, hi = list.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (start(list[mid]) <= index) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>
    /// The times (UTC milliseconds) and equity in double (<see cref="EquityMark.Value"/>) of the points from
    /// <paramref name="start"/> on, as many as the shorter span holds: a block of the curve at a time, so a pass over a
    /// million candles needs no column of them.
    /// </summary>
    /// <returns>The number of points copied (0 from the end of the curve on).</returns>
    public int CopyTo(int start, Span<long> timesMs, Span<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        int end = Math.Min(_count, start + Math.Min(timesMs.Length, values.Length));
        if (start >= end) return 0;
        int b = LastStartingAtOrBefore(_books, start, x => x.Start), r = LastStartingAtOrBefore(_runs, start, x => x.Start);
        for (int i = start; i < end;)
        {
            int bookEnd = b + 1 < _books.Count ? _books[b + 1].Start : _count;
            int runEnd = r + 1 < _runs.Count ? _runs[r + 1].Start : _count;
            int stop = Math.Min(end, Math.Min(bookEnd, runEnd));
            var book = _books[b].Book;
            double cash = book.CashValue, holding = book.HoldingValue;
            var (runStart, firstMs, stepMs) = _runs[r];
            for (; i < stop; i++)
            {
                timesMs[i - start] = firstMs + (i - runStart) * stepMs;
                values[i - start] = cash + holding * _closes[i];
            }
            if (i == bookEnd) b++;
            if (i == runEnd) r++;
        }
        return end - start;
    }

    /// <inheritdoc />
    public IEnumerator<EquityPoint> GetEnumerator()
    {
        for (int i = 0, b = 0, r = 0; i < _count; i++)
        {
            if (b + 1 < _books.Count && _books[b + 1].Start == i) b++;
            if (r + 1 < _runs.Count && _runs[r + 1].Start == i) r++;
            var (runStart, firstMs, stepMs) = _runs[r];
            yield return new EquityMark(firstMs + (i - runStart) * stepMs, _closes[i], _books[b].Book).ToPoint();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
