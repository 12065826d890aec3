using System.Runtime.CompilerServices;
using Trader.Domain;

namespace Trader.Execution.Metrics;

/// <summary>
/// The time a backtest's candles cover: the union of their [open, close) spans, merged into continuous stretches.
/// A range with holes (missing candles, run with <c>--allow-gaps</c>) covers less than its calendar span, and the
/// annual figures (CAGR, Calmar) and exposure divide by the covered time, not by the span with its holes.
/// </summary>
public sealed record CoveredTime
{
    private readonly (long StartMs, long EndMs)[] _stretches;

    private CoveredTime((long StartMs, long EndMs)[] stretches)
    {
        _stretches = stretches;
        TotalMs = stretches.Sum(s => s.EndMs - s.StartMs);
    }

    /// <summary>The continuous stretches, in time order, UTC Unix ms, end exclusive.</summary>
    public IReadOnlyList<(long StartMs, long EndMs)> Stretches => _stretches;

    /// <summary>Open time of the first candle, UTC Unix ms.</summary>
    public long StartMs => _stretches[0].StartMs;

    /// <summary>Close time of the last candle, UTC Unix ms.</summary>
    public long EndMs => _stretches[^1].EndMs;

    /// <summary>Milliseconds of time covered by candles.</summary>
    public long TotalMs { get; }

    /// <summary>Milliseconds between the first open and the last close that no candle covers.</summary>
    public long MissingMs => EndMs - StartMs - TotalMs;

    /// <summary>One stretch from <paramref name="startMs"/> to <paramref name="endMs"/>: a range without holes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The end is not after the start.</exception>
    public static CoveredTime Continuous(long startMs, long endMs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(endMs, startMs);
        return new CoveredTime([(startMs, endMs)]);
    }

    /// <summary>The time <paramref name="candles"/> (increasing open time, at least one) of <paramref name="timeframe"/> cover.</summary>
    /// <exception cref="ArgumentException">No candles.</exception>
    public static CoveredTime Of(IReadOnlyList<Candle> candles, Timeframe timeframe)
    {
        ArgumentNullException.ThrowIfNull(candles);
        var builder = new Builder(timeframe);
        foreach (var candle in candles) builder.Add(candle.OpenTimeMs);
        return builder.ToCoveredTime();
    }

    /// <summary>Collects the covered time of candles fed in increasing open time, without holding them.</summary>
    /// <param name="timeframe">The candles' timeframe.</param>
    public sealed class Builder(Timeframe timeframe)
    {
        private readonly List<(long StartMs, long EndMs)> _stretches = [];
        private long _startMs;
        private long _endMs = long.MinValue;

        /// <summary>Takes the next candle's open time.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per backtest over every candle: no time to tier up
        public void Add(long openTimeMs)
        {
            long close = timeframe.CloseTimeMs(openTimeMs);
            if (_endMs < openTimeMs)
            {
                if (_endMs != long.MinValue) _stretches.Add((_startMs, _endMs));
                _startMs = openTimeMs;
            }
            _endMs = close;
        }

        /// <summary>The time covered by the candles taken.</summary>
        /// <exception cref="ArgumentException">No candles taken.</exception>
        public CoveredTime ToCoveredTime() => _endMs != long.MinValue
            ? new CoveredTime([.. _stretches, (_startMs, _endMs)])
            : throw new ArgumentException("No candles cover any time.");
    }

    /// <summary>Milliseconds of [<paramref name="fromMs"/>, <paramref name="toMs"/>) that candles cover, e.g. the covered part of a trade.</summary>
    public long OverlapMs(long fromMs, long toMs)
    {
        // Binary search for the first stretch ending after fromMs: a range with many holes has many stretches.
        int lo = 0, hi = _stretches.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_stretches[mid].EndMs <= fromMs) lo = mid + 1;
            else hi = mid;
        }
        long total = 0;
        for (int i = lo; i < _stretches.Length && _stretches[i].StartMs < toMs; i++)
        {
            total += Math.Min(_stretches[i].EndMs, toMs) - Math.Max(_stretches[i].StartMs, fromMs);
        }
        return total;
    }
}
