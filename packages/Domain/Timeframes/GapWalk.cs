namespace Trader.Domain;

/// <summary>
/// Finds the runs of missing candles in <c>[fromMs, toMs)</c> from the open times present, fed oldest first, without
/// holding them: a store streams its index through it. Steps with <see cref="Timeframe.NextOpenMs"/> so calendar
/// months work.
/// </summary>
public sealed class GapWalk
{
    private readonly Timeframe _timeframe;
    private readonly long _toMs;
    private readonly List<OpenTimeRange> _gaps = [];
    private readonly long _stepMs;
    private long _previous = long.MinValue;
    private int _offered;

    /// <summary>Starts a walk over <c>[fromMs, toMs)</c>; an unaligned <paramref name="fromMs"/> starts at the next open.</summary>
    public GapWalk(Timeframe timeframe, long fromMs, long toMs)
    {
        _timeframe = timeframe;
        _toMs = toMs;
        _stepMs = timeframe.IsCalendar ? 0 : timeframe.DurationMs;
        Next = timeframe.CeilingMs(fromMs);
    }

    /// <summary>The first open time not yet seen: where a stored read starts, and then where the walk stands.</summary>
    public long Next { get; private set; }

    /// <summary>True when the range holds no open time at all.</summary>
    public bool IsEmpty => Next >= _toMs;

    /// <summary>Takes the next open time present (ascending, aligned, inside the range).</summary>
    public void See(long openTimeMs)
    {
        if (openTimeMs > Next) _gaps.Add(new OpenTimeRange(Next, Math.Min(openTimeMs, _toMs)));
        Next = _timeframe.NextOpenMs(openTimeMs);
    }

    /// <summary>
    /// Takes the next open time of a series that may reach outside the range (those outside are skipped), checking it:
    /// aligned to the timeframe and strictly after the one offered before.
    /// </summary>
    /// <exception cref="ArgumentException">Not aligned, or not after the previous one (the message gives its index).</exception>
    public void Offer(long openTimeMs)
    {
        int index = _offered++;
        // The common case, the very open time expected next: aligned and after the previous one by construction.
        if (openTimeMs == Next && _stepMs > 0 && openTimeMs < _toMs)
        {
            _previous = openTimeMs;
            Next = openTimeMs + _stepMs;
            return;
        }
        if (!_timeframe.IsAligned(openTimeMs))
            throw new ArgumentException($"Open time {openTimeMs} at index {index} is not aligned to {_timeframe}; floor it first.", nameof(openTimeMs));
        if (index > 0 && openTimeMs <= _previous)
            throw new ArgumentException($"Open times must be strictly ascending: index {index} ({openTimeMs}) follows {_previous}.", nameof(openTimeMs));
        _previous = openTimeMs;
        if (openTimeMs >= Next && openTimeMs < _toMs) See(openTimeMs);
    }

    /// <summary>The gaps, the tail after the last open time seen included.</summary>
    public IReadOnlyList<OpenTimeRange> Finish()
    {
        if (Next < _toMs) _gaps.Add(new OpenTimeRange(Next, _toMs));
        return _gaps;
    }
}
