using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Serilog;
using Trader.Backtester.Report;
using Trader.Backtester.Run;
using Trader.Domain;
using Trader.Execution;
using Trader.Execution.Backtesting;

namespace Trader.Backtester.Sweep;

/// <summary>
/// Runs one backtest per point of a parameter grid, in parallel on every core (each run has its own strategy, warmed
/// up on the same startup candles as a single run, risk manager and broker; the candles are shared read-only), and
/// prints them ranked by one metric.
/// </summary>
internal static class SweepRunner
{
    // Lower is better for these; every other metric ranks highest first.
    private static readonly HashSet<string> LowerIsBetter = new(StringComparer.Ordinal) { "max_drawdown", "max_drawdown_amount", "fees_paid" };

    public static async Task RunAsync(
        InstanceConfig instance, ReplayCandles replay, Market market, IReadOnlyList<SweepAxis> axes, string rankBy, bool json, string? reportPath, ILogger appLog, ILogger log,
        CancellationToken ct)
    {
        var grid = SweepAxis.Grid(axes);
        // Build every run's strategy (warmed up) and risk first, so a bad parameter fails before any run starts.
        var setups = grid.Select(point => RunSetup.Create(instance, market, replay.Warmup, point, log)).ToList();
        var candles = replay.Range;

        long startMs = candles[0].OpenTimeMs;
        long endMs = instance.Timeframe.CloseTimeMs(candles[^1].OpenTimeMs);
        var results = new ConcurrentBag<(int Index, IReadOnlyDictionary<string, double> Point, IReadOnlyList<MetricRow> Rows)>();
        int done = 0;
        await Parallel.ForEachAsync(
            grid.Select((point, index) => (point, index)),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
            async (item, token) =>
            {
                var result = await BacktestRunner.RunAsync(setups[item.index], candles, null, token);
                results.Add((item.index, item.point, MetricRows.Of(result, startMs, endMs, candles.Length)));
                int finished = Interlocked.Increment(ref done);
                await Console.Error.WriteLineAsync($"sweep: {finished}/{grid.Count} runs done ({StrategyFactory.Describe(item.point)})");
            });

        var first = results.First().Rows;
        if (!first.Any(r => r.Key == rankBy))
        {
            throw new ConfigException($"--rank-by {rankBy}: not a metric. Metrics: {string.Join(", ", first.Where(r => r.Text is null).Select(r => r.Key))}.");
        }
        bool ascending = LowerIsBetter.Contains(rankBy);
        var ranked = results
            .OrderBy(r => r.Rows.First(m => m.Key == rankBy).Number is null ? 1 : 0)
            .ThenBy(r => (ascending ? 1 : -1) * (r.Rows.First(m => m.Key == rankBy).Number ?? 0m))
            .ThenBy(r => r.Index)
            .ToList();

        var runs = ranked.Select(r => (r.Point, r.Rows)).ToList();
        string document = Json(runs);
        string title = $"{instance.Name}: {grid.Count} runs of {instance.Strategy.Type} ranked by {rankBy}";
        if (json) Console.Out.WriteLine(document);
        else WriteTable(Console.Out, title, axes, runs);
        if (reportPath is not null)
        {
            await ReportFile.WriteAsync(reportPath, SweepReport.Render(title, axes, rankBy, ascending, runs, document), ct);
            appLog.Information("Report written to {Report}", Path.GetFullPath(reportPath));
        }
    }

    // Columns sized to their widest cell: parameters left-aligned, one column each; metrics right-aligned.
    private static void WriteTable(TextWriter output, string title,
        IReadOnlyList<SweepAxis> axes, IReadOnlyList<(IReadOnlyDictionary<string, double> Point, IReadOnlyList<MetricRow> Rows)> runs)
    {
        string[] metrics = ["total_return", "sharpe", "max_drawdown", "trades", "win_rate", "profit_factor"];
        var header = new[] { "rank" }.Concat(axes.Select(a => a.Name)).Concat(metrics).ToArray();
        var lines = runs.Select((run, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture) }
            .Concat(axes.Select(a => run.Point[a.Name].ToString("G", CultureInfo.InvariantCulture)))
            .Concat(metrics.Select(m => run.Rows.First(r => r.Key == m).Display))
            .ToArray()).ToList();
        var widths = header.Select((h, c) => Math.Max(h.Length, lines.Count == 0 ? 0 : lines.Max(l => l[c].Length))).ToArray();
        bool IsLeft(int column) => column > 0 && column <= axes.Count;
        string Format(string[] cells) => string.Join("  ", cells.Select((cell, c) => IsLeft(c) ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd();
        output.WriteLine(title);
        output.WriteLine(Format(header));
        foreach (var line in lines) output.WriteLine(Format(line));
    }

    private static string Json(IEnumerable<(IReadOnlyDictionary<string, double> Point, IReadOnlyList<MetricRow> Rows)> ranked)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("sweep");
            foreach (var (point, rows) in ranked)
            {
                json.WriteStartObject();
                json.WriteStartObject("params");
                foreach (var (key, value) in point) json.WriteNumber(key, value);
                json.WriteEndObject();
                json.WritePropertyName("metrics");
                json.WriteRawValue(BacktestJson.Metrics(rows));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
