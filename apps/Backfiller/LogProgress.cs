using Serilog;
using Trader.Domain;

namespace Trader.Backfiller;

/// <summary>
/// Progress as plain log lines (compose logs, redirected output): one line per series at most every
/// <see cref="Interval"/>, with candles done/expected, rate and ETA, measured on the injected clock.
/// </summary>
public sealed class LogProgress(ILogger log, TimeProvider clock) : IBackfillProgress
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly Dictionary<SeriesKey, State> _series = [];

    /// <inheritdoc />
    public void Start(SeriesKey key, long expected)
    {
        var now = clock.GetTimestamp();
        lock (_series) _series[key] = new State(expected, now, now);
        log.Information("Backfilling {Series}: {Expected} candles to fetch", key.ToString(), expected);
    }

    /// <inheritdoc />
    public void Advance(SeriesKey key, long done)
    {
        State state;
        lock (_series)
        {
            if (!_series.TryGetValue(key, out state!)) return;
            if (clock.GetElapsedTime(state.LastLog) < Interval) return;
            state.LastLog = clock.GetTimestamp();
        }
        var (rate, eta) = ProgressMath.RateAndEta(done, state.Expected, clock.GetElapsedTime(state.Started));
        log.Information("{Series}: {Done}/{Expected} candles, {Rate:F0}/s, ETA {Eta}", key.ToString(), done, state.Expected, rate, eta);
    }

    /// <inheritdoc />
    public void Finish(SeriesKey key)
    {
        lock (_series) _series.Remove(key);
    }

    private sealed class State(long expected, long started, long lastLog)
    {
        public long Expected { get; } = expected;
        public long Started { get; } = started;
        public long LastLog { get; set; } = lastLog;
    }
}
