using System.Globalization;
using System.Text;
using System.Text.Json;
using Serilog;
using Trader.Backtester.Report;
using Trader.Backtester.Run;
using Trader.Domain;
using Trader.Execution;
using Trader.Execution.Research;

namespace Trader.Backtester.Sweep;

/// <summary>
/// Runs one backtest per point of a parameter grid (or of the points a <see cref="SearchMethod"/> picks) over the range
/// (<see cref="SweepSearch"/>) and prints them ranked by one metric. Runs deeper than a drawdown cap rank after every
/// run within it.
/// </summary>
internal static class SweepRunner
{
    public static async Task RunAsync(
        InstanceConfig instance, ReplayCandles replay, Market market, IReadOnlyList<SweepAxis> axes, SweepOptions options, bool json, string? reportPath,
        ILogger appLog, ILogger log, CancellationToken ct)
    {
        var candidates = options.Search.Candidates(SweepAxis.Grid(axes), options.Seed);
        var candles = replay.Range;
        var rounds = SweepSearch.Rounds(options, candidates.Count, candles.Length);
        // Build every candidate's strategy and risk first, so a bad parameter fails before any run starts.
        foreach (var point in candidates) RunSetup.Create(instance, market, replay.Warmup, point, log);
        var ranked = await SweepSearch.RunAsync(instance, market, replay.Warmup, candles, candidates, options, "sweep", log, ct);

        var runs = ranked.Select(r => (r.Point, r.Rows)).ToList();
        string document = Json(options, rounds, runs);
        string title = Title(instance, options, candidates.Count, rounds);
        if (json) Console.Out.WriteLine(document);
        else WriteTable(Console.Out, title, axes, ranked);
        if (reportPath is not null)
        {
            await ReportFile.WriteAsync(reportPath, SweepReport.Render(title, axes, options.RankBy, SweepSearch.LowerIsBetter(options.RankBy), runs, document), ct);
            appLog.Information("Report written to {Report}", Path.GetFullPath(reportPath));
        }
    }

    private static string Title(InstanceConfig instance, SweepOptions options, int candidates, IReadOnlyList<HalvingRound> rounds)
    {
        string how = options.Search.Kind switch
        {
            SearchKind.Grid => $"{candidates} runs",
            SearchKind.Random => $"{candidates} runs drawn from the grid (seed {options.Seed})",
            _ => string.Create(CultureInfo.InvariantCulture,
                $"{candidates} points by successive halving ({rounds.Count} rounds, {rounds.Sum(r => (long)r.Candidates * r.Candles):N0} candle-runs), the {rounds[^1].Candidates} finalists")
        };
        string cap = options.MaxDrawdown is { } c ? string.Create(CultureInfo.InvariantCulture, $" (drawdown over {c:P0} ranks last)") : "";
        return $"{instance.Name}: {how} of {instance.Strategy.Type} ranked by {options.RankBy}{cap}";
    }

    // Columns sized to their widest cell: parameters left-aligned, one column each; metrics right-aligned.
    private static void WriteTable(TextWriter output, string title, IReadOnlyList<SweepAxis> axes, IReadOnlyList<SweepRun> runs)
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

    private static string Json(SweepOptions options, IReadOnlyList<HalvingRound> rounds, IEnumerable<(IReadOnlyDictionary<string, double> Point, IReadOnlyList<MetricRow> Rows)> ranked)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("search", options.Search.ToString());
            json.WriteString("rank_by", options.RankBy);
            if (options.MaxDrawdown is { } cap) json.WriteNumber("max_drawdown_cap", cap);
            json.WriteStartArray("rounds");
            foreach (var round in rounds)
            {
                json.WriteStartObject();
                json.WriteNumber("candidates", round.Candidates);
                json.WriteNumber("candles", round.Candles);
                json.WriteEndObject();
            }
            json.WriteEndArray();
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
