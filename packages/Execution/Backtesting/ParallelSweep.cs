using System.Collections.Concurrent;
using Trader.Domain;
using Trader.Execution.Engine;
using Trader.Execution.Journal;
using Trader.Execution.Metrics;

namespace Trader.Execution.Backtesting;

/// <summary>
/// Runs many backtests over the same candles on every core, sharing what they can: the candles (read-only, one copy),
/// and, within each group of points with the same <see cref="SweepPoint.StrategyKey"/>, one recording of the strategy's
/// signals (<see cref="RecordedSignals"/>), so each distinct strategy runs once per sweep; and across groups (points that
/// differ in a strategy threshold), each distinct indicator series, computed once and read by every strategy that makes
/// that indicator through the sweep's source (<see cref="IndicatorSeriesCache"/>, <see cref="SweepIndicators"/>; at most
/// eight series per run in flight are kept). Memory does
/// not grow with the number of points: at most <c>parallelism</c> runs are in flight, a group's recording lives only
/// while its points run (points are taken group by group), and each result is handed to the caller as its run ends.
/// Each run records its equity into a curve lent by the sweep: at most <c>parallelism</c> curves exist, each cleared and
/// reused by the next run, so a run allocates no 16-byte-per-candle curve of its own (on the large-object heap, each
/// one paid for by page faults, zeroing and a full collection).
/// </summary>
public static class ParallelSweep
{
    // Indicator series kept per run in flight: room for a rules strategy's handful of indicators, with the next point's.
    private const int SeriesPerRun = 8;

    /// <param name="points">The points, in candidate order (the index passed to <paramref name="completed"/>).</param>
    /// <param name="candles">Closed candles, increasing open time, shared by every run.</param>
    /// <param name="parallelism">Runs at once, at least 1 (usually the processor count).</param>
    /// <param name="completed">Receives each point's index and result as its run ends; called from several threads at once.
    /// The result's <see cref="BacktestResult.Equity"/> is lent: valid until <paramref name="completed"/> returns, then
    /// reused by another run (copy the points to keep them).</param>
    /// <param name="ct">Stops the sweep between candles.</param>
    public static async Task RunAsync(IReadOnlyList<SweepPoint> points, IReadOnlyList<Candle> candles, int parallelism,
        Action<int, BacktestResult> completed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(candles);
        ArgumentNullException.ThrowIfNull(completed);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);

        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            if (!groups.TryGetValue(point.StrategyKey, out var group)) groups[point.StrategyKey] = group = new Group();
            group.Add();
        }
        // Group by group, in candidate order within each, so few recordings are alive at once.
        var order = Enumerable.Range(0, points.Count).OrderBy(i => points[i].StrategyKey, StringComparer.Ordinal).ThenBy(i => i).ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct };
        var covered = new ConcurrentDictionary<Timeframe, Lazy<CoveredTime>>();
        var curves = new ConcurrentBag<EquityCurve>();
        var series = new IndicatorSeriesCache(candles, SeriesPerRun * parallelism);
        await Parallel.ForEachAsync(order, options, async (index, token) =>
        {
            var group = groups[points[index].StrategyKey];
            var indicators = new SweepIndicators(series);
            var built = points[index].Engine(indicators);
            indicators.Start(built.Warmup);
            var engine = group.Prepare(built, candles);
            var time = covered.GetOrAdd(engine.Timeframe, timeframe => new Lazy<CoveredTime>(() => CoveredTime.Of(candles, timeframe))).Value;
            if (!curves.TryTake(out var curve)) curve = new EquityCurve(candles.Count);
            try
            {
                var result = await BacktestRunner.RunAsync(engine, candles, time, curve, null, token);
                group.Release();
                completed(index, result);
            }
            finally
            {
                curve.Clear();
                curves.Add(curve);
            }
        });
    }

    // The points of one strategy key: the first to start records the strategy, every point replays it, the last to end drops it.
    private sealed class Group
    {
        private readonly Lock _gate = new();
        private int _size;
        private int _remaining;
        private Func<RecordedSignals>? _replay;

        public void Add()
        {
            _size++;
            _remaining++;
        }

        public EngineBuilder Prepare(EngineBuilder engine, IReadOnlyList<Candle> candles)
        {
            if (_size == 1) return engine;
            Func<RecordedSignals> replay;
            lock (_gate) replay = _replay ??= RecordedSignals.Record(engine.Strategy, engine.Warmup, candles);
            return engine with { Strategy = replay(), Warmup = [] };
        }

        public void Release()
        {
            lock (_gate)
            {
                if (--_remaining == 0) _replay = null;
            }
        }
    }
}
