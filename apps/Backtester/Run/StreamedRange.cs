using System.Runtime.CompilerServices;
using Trader.Domain;
using Trader.Execution.Metrics;

namespace Trader.Backtester.Run;

/// <summary>
/// The traded range as the database streams it, checked on its way to the replay as <see cref="CandleCheck.RequireComplete"/>
/// checks an array: open times in order and on the timeframe (refused at once), the gaps and the time covered. The
/// verdict on gaps (<see cref="RequireComplete"/>) comes after the replay: a run over missing candles is then refused with
/// the same message, and its result dropped.
/// </summary>
/// <param name="timeframe">The series' timeframe.</param>
/// <param name="range">The range streamed (open bounds allowed).</param>
/// <param name="source">The source in messages.</param>
/// <param name="fix">What to do about missing candles, as in <see cref="CandleCheck"/>.</param>
internal sealed class StreamedRange(Timeframe timeframe, CandleRange range, string source, string fix)
{
    private readonly CoveredTime.Builder _covered = new(timeframe);
    private GapWalk? _gaps;

    /// <summary>Candles seen so far.</summary>
    public int Count { get; private set; }

    /// <summary>Open time of the first candle seen.</summary>
    public long FirstOpenMs { get; private set; }

    /// <summary>Open time of the last candle seen.</summary>
    public long LastOpenMs { get; private set; }

    /// <summary>The time the candles seen cover.</summary>
    public CoveredTime Covered => _covered.ToCoveredTime();

    /// <summary>Passes the chunks on, each walked before it goes.</summary>
    /// <exception cref="ConfigException">Candles out of order or off the timeframe.</exception>
    public async IAsyncEnumerable<ReadOnlyMemory<Candle>> CheckAsync(IAsyncEnumerable<ReadOnlyMemory<Candle>> chunks, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var chunk in chunks.WithCancellation(ct).ConfigureAwait(false))
        {
            Walk(chunk.Span);
            yield return chunk;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per backtest over every candle: no time to tier up
    private void Walk(ReadOnlySpan<Candle> candles)
    {
        if (candles.IsEmpty) return;
        if (_gaps is null)
        {
            FirstOpenMs = candles[0].OpenTimeMs;
            _gaps = new GapWalk(timeframe, range.FromMs == long.MinValue ? FirstOpenMs : range.FromMs, range.ToMs);
        }
        try
        {
            foreach (var candle in candles)
            {
                _gaps.Offer(candle.OpenTimeMs);
                _covered.Add(candle.OpenTimeMs);
            }
        }
        catch (ArgumentException e)
        {
            throw CandleCheck.NotOnTimeframe(timeframe, source, e);
        }
        Count += candles.Length;
        LastOpenMs = candles[^1].OpenTimeMs;
    }

    /// <summary>After the stream: refuses missing candles (unless allowed) as <see cref="CandleCheck.RequireComplete"/> does.</summary>
    /// <returns>How many open times of the range are holes.</returns>
    /// <exception cref="ConfigException">No candles, or gaps that are not holes (unless <paramref name="allowGaps"/>).</exception>
    public long RequireComplete(IReadOnlyList<OpenTimeRange> holes, bool allowGaps)
    {
        if (_gaps is null) throw CandleCheck.NoCandles(timeframe, range, source, fix);
        long from = range.FromMs == long.MinValue ? FirstOpenMs : range.FromMs;
        long to = range.ToMs == long.MaxValue ? timeframe.NextOpenMs(LastOpenMs) : range.ToMs;
        // An open-ended range was walked to the end of time: what lies after its last candle is not missing.
        var gaps = _gaps.Finish().Where(g => g.FirstOpenMs < to).ToList();
        return CandleCheck.Judge(gaps, holes, timeframe, from, to, source, fix, allowGaps);
    }
}
