using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>
/// Finds the runs of missing candles in <c>[fromMs, toMs)</c> from the stored open times, fed oldest first; steps with
/// <see cref="Timeframe.NextOpenMs"/> so calendar months work.
/// </summary>
internal sealed class GapWalk
{
    private readonly Timeframe _timeframe;
    private readonly long _toMs;
    private readonly List<CandleGap> _gaps = [];

    public GapWalk(Timeframe timeframe, long fromMs, long toMs)
    {
        _timeframe = timeframe;
        _toMs = toMs;
        Next = timeframe.IsAligned(fromMs) ? fromMs : timeframe.NextOpenMs(timeframe.FloorMs(fromMs));
    }

    /// <summary>The first open time not yet seen: where the stored read starts, and then where the walk stands.</summary>
    public long Next { get; private set; }

    /// <summary>True when the range holds no open time at all.</summary>
    public bool IsEmpty => Next >= _toMs;

    /// <summary>Takes the next stored open time (ascending, inside the range).</summary>
    public void See(long openTimeMs)
    {
        if (openTimeMs > Next) _gaps.Add(new CandleGap(Next, openTimeMs));
        Next = _timeframe.NextOpenMs(openTimeMs);
    }

    /// <summary>The gaps, the tail after the last stored candle included.</summary>
    public IReadOnlyList<CandleGap> Finish()
    {
        if (Next < _toMs) _gaps.Add(new CandleGap(Next, _toMs));
        return _gaps;
    }
}
