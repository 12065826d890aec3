using System.Globalization;
using Serilog;
using Trader.Backtester.Report;
using Trader.Backtester.Run;
using Trader.Backtester.Sweep;
using Trader.Domain;
using Trader.Execution;
using Trader.Execution.Backtesting;
using Trader.Execution.Research;

namespace Trader.Backtester.WalkForward;

/// <summary>
/// Walk-forward analysis (<c>--walk-forward</c> with <c>--sweep</c>): for each window, the sweep's search (grid, random or
/// halving, ranked by <c>--rank-by</c> with <c>--max-drawdown</c>) runs over the in-sample candles, and its winner
/// trades the out-of-sample candles that follow, unseen by the search. The out-of-sample runs are chained (each starts
/// with the equity the previous one ended with, what is open is closed at each window's end) and stitched into one
/// equity curve, whose metrics are the analysis' result. Every run, in or out of sample, warms its strategy up on the
/// candles right before its own first candle, as a plain run from that time would.
/// </summary>
internal static class WalkForwardRunner
{
    /// <summary>Runs the analysis over the range of <c>replay</c>; <c>warmup</c> is the number of startup candles each run's strategy sees before its first candle.</summary>
    public static async Task RunAsync(InstanceConfig instance, ReplayCandles replay, int warmup, Market market, IReadOnlyList<SweepAxis> axes,
        SweepOptions options, WalkForwardSpec spec, int? monteCarlo, bool json, string? reportPath, ILogger appLog, ILogger log, CancellationToken ct)
    {
        var candles = replay.Range;
        Candle[] history = [.. replay.Warmup, .. candles];
        var timeframe = instance.Timeframe;
        var windows = Windows(spec, candles[0].OpenTimeMs, timeframe.CloseTimeMs(candles[^1].OpenTimeMs));
        var candidates = options.Search.Candidates(SweepAxis.Grid(axes), options.Seed);
        // Build every candidate's strategy and risk first, so a bad parameter fails before any run starts.
        foreach (var point in candidates) RunSetup.Create(instance, market, replay.Warmup, point, log);
        appLog.Information("Walk-forward {Spec}: {Windows} windows, {Candidates} candidates each ({Search}, ranked by {RankBy})",
            spec.ToString(), windows.Count, candidates.Count, options.Search.ToString(), options.RankBy);

        var steps = new List<WalkForwardStep>();
        decimal balance = instance.Paper.StartingBalance;
        for (int k = 0; k < windows.Count; k++)
        {
            var window = windows[k];
            int inStart = IndexAt(candles, window.InFromMs), split = IndexAt(candles, window.InToMs), outEnd = IndexAt(candles, window.OutToMs);
            if (split == inStart || outEnd == split)
            {
                throw new ConfigException($"--walk-forward {spec}: window {k + 1} has no candles {(split == inStart ? "in sample" : "out of sample")} " +
                    $"({TimeText.Iso(split == inStart ? window.InFromMs : window.InToMs)} to {TimeText.Iso(split == inStart ? window.InToMs : window.OutToMs)}); " +
                    "fill the hole or choose longer spans.");
            }
            var ranked = await SweepSearch.RunAsync(instance, market, Before(history, replay.Warmup.Length + inStart, warmup), candles[inStart..split],
                candidates, options, $"walk-forward window {k + 1}/{windows.Count}", log, ct);
            var best = ranked[0];

            var outOfSample = candles[split..outEnd];
            var chained = instance with { Paper = instance.Paper with { StartingBalance = balance } };
            var setup = RunSetup.Create(chained, market, Before(history, replay.Warmup.Length + split, warmup), best.Point, log);
            var result = await BacktestRunner.RunAsync(setup, outOfSample, null, ct);
            balance = result.Metrics.FinalBalance;
            steps.Add(new WalkForwardStep(window, best, result,
                MetricRows.Of(result, outOfSample[0].OpenTimeMs, timeframe.CloseTimeMs(outOfSample[^1].OpenTimeMs), outOfSample.Length)));
            await Console.Error.WriteLineAsync($"walk-forward window {k + 1}/{windows.Count}: {StrategyFactory.Describe(best.Point)} out of sample to {TimeText.Iso(window.OutToMs)}");
        }

        int first = IndexAt(candles, windows[0].InToMs), last = IndexAt(candles, windows[^1].OutToMs);
        var tested = candles[first..last];
        var stitched = OutOfSampleStitch.Join(instance.Paper.StartingBalance, timeframe, [.. steps.Select(s => s.OutOfSample)], tested);
        long endMs = timeframe.CloseTimeMs(tested[^1].OpenTimeMs);
        var rows = MetricRows.Of(stitched, tested[0].OpenTimeMs, endMs, tested.Length);
        var shuffled = monteCarlo is { } shuffles ? TradeOrderMonteCarlo.Run(instance.Paper.StartingBalance, stitched.Trades, shuffles, options.Seed) : null;
        string document = BacktestJson.Document(stitched, rows, shuffled, writer => WalkForwardJson.Write(writer, spec, options, candidates.Count, steps));
        string title = $"{instance.Name}: walk-forward {spec} of {instance.Strategy.Type}, {windows.Count} windows of {candidates.Count} candidates ranked by {options.RankBy}";

        if (json) Console.Out.WriteLine(document);
        else
        {
            WalkForwardTable.Write(Console.Out, title, axes, options.RankBy, steps);
            Console.Out.WriteLine();
            SummaryTable.Write(Console.Out, $"Stitched out of sample, {TimeText.Iso(tested[0].OpenTimeMs)} to {TimeText.Iso(endMs)}", rows, !Console.IsOutputRedirected);
            if (shuffled is not null) MonteCarloTable.Write(Console.Out, shuffled);
        }
        if (reportPath is not null)
        {
            // Each window trades its own parameters, so the chart shows the out-of-sample candles, trades and equity, no indicator.
            string chart = ChartJson.Of(tested, timeframe, [], market.TickSize.Scale);
            string subtitle = string.Create(CultureInfo.InvariantCulture,
                $"Out-of-sample runs stitched: {tested.Length:N0} candles; fee {instance.Paper.Fee:P2}, slippage {instance.Paper.Slippage:P2}. Times are UTC.");
            await ReportFile.WriteAsync(reportPath, HtmlReport.Render(title, subtitle, document, chart, rows,
                WalkForwardSection.Render(axes, options.RankBy, steps) + (shuffled is null ? "" : MonteCarloSection.Render(shuffled))), ct);
            appLog.Information("Report written to {Report}", Path.GetFullPath(reportPath));
        }
    }

    private static IReadOnlyList<WalkForwardWindow> Windows(WalkForwardSpec spec, long fromMs, long toMs)
    {
        if (toMs - fromMs <= spec.InSampleMs)
        {
            throw new ConfigException($"--walk-forward {spec}: the range {TimeText.Iso(fromMs)} to {TimeText.Iso(toMs)} is not longer than one in-sample span ({spec.InSample}); " +
                "nothing is left to test out of sample. Choose a shorter in= or a longer --from/--to.");
        }
        return spec.Anchored
            ? WalkForwardWindow.Anchored(fromMs, toMs, spec.InSampleMs, spec.OutOfSampleMs)
            : WalkForwardWindow.Rolling(fromMs, toMs, spec.InSampleMs, spec.OutOfSampleMs);
    }

    // The first candle opening at or after timeMs (candles.Length when none).
    private static int IndexAt(Candle[] candles, long timeMs)
    {
        int lo = 0, hi = candles.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (candles[mid].OpenTimeMs < timeMs) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // Up to count candles right before index end: a run's startup candles.
    private static Candle[] Before(Candle[] history, int end, int count) => history[Math.Max(0, end - count)..end];
}
