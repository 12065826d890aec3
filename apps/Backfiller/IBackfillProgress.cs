using Trader.Domain;

namespace Trader.Backfiller;

/// <summary>Where a run reports how far each series got: a live display on a terminal, log lines otherwise.</summary>
public interface IBackfillProgress
{
    /// <summary>A series starts with <paramref name="expected"/> candles to fetch.</summary>
    void Start(SeriesKey key, long expected);

    /// <summary><paramref name="done"/> candles of the series have been fetched and stored so far.</summary>
    void Advance(SeriesKey key, long done);

    /// <summary>The series is finished (completely or not).</summary>
    void Finish(SeriesKey key);
}
