using Serilog;
using Trader.Backtester.Run;
using Trader.Domain;
using Trader.Execution;
using Trader.Execution.Backtesting;
using Trader.Execution.Research;

namespace Trader.Backtester.Sweep;

/// <summary>
/// One search over candles: the points a <see cref="SearchMethod"/> picks, run in parallel on every core (each run has
/// its own risk manager and broker; the candles are shared read-only, and points that differ only in risk share one
/// recording of the strategy's signals: <see cref="ParallelSweep"/>),
/// round by round, ranked by the objective. A sweep runs one search over its range; a walk-forward runs one per
/// in-sample window.
/// </summary>
internal static class SweepSearch
{
    // Lower is better for these; every other metric ranks highest first.
    private static readonly HashSet<string> LowerIsBetterKeys = new(StringComparer.Ordinal) { "max_drawdown", "max_drawdown_amount", "fees_paid" };

    // The shortest prefix a halving round ranks on: enough candles for a strategy to warm up and trade.
    private const int MinHalvingCandles = 100;

    /// <summary>True when a lower value of metric <paramref name="key"/> ranks first.</summary>
    public static bool LowerIsBetter(string key) => LowerIsBetterKeys.Contains(key);

    /// <summary>The rounds the search runs <paramref name="candidates"/> points in over <paramref name="candles"/> candles.</summary>
    public static IReadOnlyList<HalvingRound> Rounds(SweepOptions options, int candidates, int candles) =>
        options.Search.Rounds(candidates, candles, Math.Min(MinHalvingCandles, candles));

    /// <summary>
    /// Runs the search over <c>candles</c>, every run warmed up on <c>warmup</c>; returns the last round's runs, best first
    /// (ties in candidate order). <c>label</c> names the search in the progress lines on standard error, e.g. <c>sweep</c>.
    /// </summary>
    /// <exception cref="ConfigException"><see cref="SweepOptions.RankBy"/> is not a metric.</exception>
    public static async Task<List<SweepRun>> RunAsync(InstanceConfig instance, Market market, Candle[] warmup, Candle[] candles,
        IReadOnlyList<IReadOnlyDictionary<string, double>> candidates, SweepOptions options, string label, ILogger log, CancellationToken ct)
    {
        var rounds = Rounds(options, candidates.Count, candles.Length);
        var alive = candidates.Select((point, index) => (Index: index, Point: point)).ToList();
        List<SweepRun> ranked = [];
        for (int r = 0; r < rounds.Count; r++)
        {
            var slice = candles[..rounds[r].Candles];
            var results = await RunRoundAsync(instance, market, warmup, slice, alive, $"{label} round {r + 1}/{rounds.Count}", log, ct);
            ranked = Rank(results, options.RankBy, options.MaxDrawdown);
            if (r + 1 < rounds.Count) alive = [.. ranked.Take(rounds[r + 1].Candidates).Select(run => (run.Index, run.Point))];
        }
        return ranked;
    }

    // Points that differ only in risk share one recording of the strategy's signals (ParallelSweep groups them by the
    // strategy's part of the point), points that differ in thresholds share each indicator series; every core runs
    // points, and each result shrinks to its metric rows as it ends.
    private static async Task<List<SweepRun>> RunRoundAsync(InstanceConfig instance, Market market, Candle[] warmup, Candle[] candles,
        List<(int Index, IReadOnlyDictionary<string, double> Point)> points, string round, ILogger log, CancellationToken ct)
    {
        long startMs = candles[0].OpenTimeMs;
        long endMs = instance.Timeframe.CloseTimeMs(candles[^1].OpenTimeMs);
        var runs = new SweepRun[points.Count];
        int done = 0;
        var sweep = points.Select(p => new SweepPoint(
            StrategyFactory.Describe(RunSetup.StrategyPoint(p.Point)), indicators => RunSetup.Create(instance, market, warmup, p.Point, log, indicators))).ToArray();
        await ParallelSweep.RunAsync(sweep, candles, Environment.ProcessorCount, (i, result) =>
        {
            var (index, point) = points[i];
            runs[i] = new SweepRun(index, point, MetricRows.Of(result, startMs, endMs, candles.Length));
            int finished = Interlocked.Increment(ref done);
            Console.Error.WriteLine($"{round}: {finished}/{points.Count} runs done on {candles.Length} candles ({StrategyFactory.Describe(point)})");
        }, ct);
        return [.. runs];
    }

    // Runs with a value first, then within the drawdown cap before those over it, then best first, ties in candidate order.
    private static List<SweepRun> Rank(List<SweepRun> results, string rankBy, double? maxDrawdown)
    {
        var first = results[0].Rows;
        if (!first.Any(r => r.Key == rankBy))
        {
            throw new ConfigException($"--rank-by {rankBy}: not a metric. Metrics: {string.Join(", ", first.Where(r => r.Text is null).Select(r => r.Key))}.");
        }
        bool ascending = LowerIsBetter(rankBy);
        return [.. results
            .OrderBy(r => r.Metric(rankBy) is null ? 1 : 0)
            .ThenBy(r => maxDrawdown is { } cap && (double)(r.Metric("max_drawdown") ?? 0m) > cap ? 1 : 0)
            .ThenBy(r => (ascending ? 1 : -1) * (r.Metric(rankBy) ?? 0m))
            .ThenBy(r => r.Index)];
    }
}
