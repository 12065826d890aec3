using System.Globalization;
using System.Text.Json;
using Trader.Backtester.Tests.Run;

namespace Trader.Backtester.Tests.Research;

/// <summary><c>--walk-forward</c> as a user runs it: a real process over the bundled day of 1m candles.</summary>
public sealed class WalkForwardTests : IDisposable
{
    private const string MinuteYaml = RsiMinuteRun.Yaml;
    private static readonly string MinuteCsv = RsiMinuteRun.Csv;

    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    private string[] Args(params string[] more) =>
        ["--config", _run.Config(MinuteYaml), "--csv", MinuteCsv, "--warmup", "30", "--sweep", "rsi.period=5,9,14,21", "--sweep", "take_profit=0.004,0.008", .. more];

    [Fact]
    public async Task WalkForward_OutOfSampleSpansAreContiguousAndDoNotOverlap()
    {
        using var rolling = await JsonAsync(Args("--walk-forward", "in=6h,out=4h"));
        using var anchored = await JsonAsync(Args("--walk-forward", "in=6h,out=4h,anchored"));

        var windows = Windows(rolling);
        // The day's 1,440 candles less the 30 of warm-up: trading starts at 00:30, the data ends at midnight.
        Assert.Equal(
            [("00:30", "06:30", "06:30", "10:30"), ("04:30", "10:30", "10:30", "14:30"), ("08:30", "14:30", "14:30", "18:30"),
             ("12:30", "18:30", "18:30", "22:30"), ("16:30", "22:30", "22:30", "00:00")],
            windows.Select(w => (Clock(w.InStart), Clock(w.InEnd), Clock(w.OutStart), Clock(w.OutEnd))));
        Assert.All(windows.Zip(windows.Skip(1)), pair => Assert.Equal(pair.First.OutEnd, pair.Second.OutStart));
        Assert.All(windows, w => Assert.Equal(w.OutStart, w.OutMetrics.GetProperty("start").GetString()));

        // Every stitched trade lies inside one window's out-of-sample span: what is open is closed at the window's end.
        foreach (var trade in rolling.RootElement.GetProperty("trades").EnumerateArray())
        {
            var entry = trade.GetProperty("entry_time").GetString()!;
            var exit = trade.GetProperty("exit_time").GetString()!;
            Assert.Single(windows, w => string.CompareOrdinal(w.OutStart, entry) <= 0 && string.CompareOrdinal(exit, w.OutEnd) <= 0);
        }

        var anchoredWindows = Windows(anchored);
        Assert.All(anchoredWindows, w => Assert.Equal(windows[0].InStart, w.InStart));
        Assert.Equal(windows.Select(w => (w.OutStart, w.OutEnd)), anchoredWindows.Select(w => (w.OutStart, w.OutEnd)));
    }

    [Fact]
    public async Task WalkForward_EachWindowTradesTheInSampleBestByTheObjective()
    {
        using var doc = await JsonAsync(Args("--walk-forward", "in=6h,out=4h", "--rank-by", "sharpe_per_candle"));
        var windows = Windows(doc);

        // The second window's search, run as a plain sweep over its in-sample span (warmed up on the candles before it).
        var second = windows[1];
        using var sweep = await JsonAsync(Args("--from", second.InStart, "--to", second.InEnd, "--rank-by", "sharpe_per_candle"));
        var best = sweep.RootElement.GetProperty("sweep")[0];
        Assert.Equal(best.GetProperty("params").GetRawText(), second.Params.GetRawText());
        Assert.Equal(best.GetProperty("metrics").GetRawText(), second.InMetrics.GetRawText());
        var ranked = sweep.RootElement.GetProperty("sweep").EnumerateArray().Select(r => r.GetProperty("metrics").GetProperty("sharpe_per_candle").GetDouble()).ToList();
        Assert.Equal(ranked.Max(), ranked[0]);

        // The first window trades its winner over its out-of-sample span exactly as a plain run of that point from there.
        var first = windows[0];
        string[] point = [.. first.Params.EnumerateObject().SelectMany(p => new[] { "--sweep", $"{p.Name}={p.Value.GetDouble().ToString(CultureInfo.InvariantCulture)}" })];
        using var single = await JsonAsync(["--config", _run.Config(MinuteYaml), "--csv", MinuteCsv, "--warmup", "30", .. point, "--from", first.OutStart, "--to", first.OutEnd]);
        Assert.Equal(single.RootElement.GetProperty("sweep")[0].GetProperty("metrics").GetRawText(), first.OutMetrics.GetRawText());
    }

    [Fact]
    public async Task WalkForward_StitchedMetricsAreThoseOfTheStitchedEquity()
    {
        using var doc = await JsonAsync(Args("--walk-forward", "in=6h,out=4h"));
        var root = doc.RootElement;
        var metrics = root.GetProperty("metrics");
        var equity = root.GetProperty("equity").EnumerateArray().Select(p => (Time: p[0].GetString()!, Equity: p[1].GetDecimal())).ToList();
        var windows = Windows(doc);
        decimal start = metrics.GetProperty("starting_balance").GetDecimal();

        Assert.Equal(windows[0].OutStart, metrics.GetProperty("start").GetString());
        Assert.Equal(equity[^1].Equity, metrics.GetProperty("final_balance").GetDecimal());
        Assert.Equal((double)(equity[^1].Equity / start) - 1, metrics.GetProperty("total_return").GetDouble(), 1e-12);
        decimal peak = start;
        double deepest = 0;
        foreach (var (_, value) in equity)
        {
            peak = Math.Max(peak, value);
            deepest = Math.Max(deepest, (double)((peak - value) / peak));
        }
        Assert.Equal(deepest, metrics.GetProperty("max_drawdown").GetDouble(), 1e-12);

        // Windows chain: each starts with what the one before ended with; the trades and money add up.
        var trades = root.GetProperty("trades").EnumerateArray().ToList();
        Assert.Equal(windows.Sum(w => w.OutMetrics.GetProperty("trades").GetInt32()), trades.Count);
        Assert.Equal(metrics.GetProperty("trades").GetInt32(), trades.Count);
        Assert.Equal(start + trades.Sum(t => t.GetProperty("pnl").GetDecimal()), metrics.GetProperty("final_balance").GetDecimal());
        Assert.Equal(start, windows[0].OutMetrics.GetProperty("starting_balance").GetDecimal());
        Assert.All(windows.Zip(windows.Skip(1)), pair => Assert.Equal(
            pair.First.OutMetrics.GetProperty("final_balance").GetDecimal(), pair.Second.OutMetrics.GetProperty("starting_balance").GetDecimal()));
        Assert.Equal(windows.Sum(w => w.OutMetrics.GetProperty("candles").GetInt32()), metrics.GetProperty("candles").GetInt32());
    }

    [Fact]
    public async Task WalkForward_TableAndReport_ShowTheWindowsAndTheStitchedRun()
    {
        string report = Path.Combine(_run.Directory, "wf.html");
        var (code, stdout, stderr) = await _run.RunAsync(Args("--walk-forward", "in=6h,out=4h", "--report", report));

        Assert.True(code == 0, stderr);
        Assert.Contains("walk-forward in=6h,out=4h of rules, 5 windows of 8 candidates ranked by total_return", stdout);
        Assert.Contains("Stitched out of sample, 2022-12-13T06:30:00Z to 2022-12-14T00:00:00Z", stdout);
        string html = await File.ReadAllTextAsync(report);
        Assert.Contains("Walk-forward windows", html);
        Assert.Contains("\"walk_forward\":", html);
        Assert.Equal(5, html.Split("<table id=\"walk-forward\"")[1].Split("</tbody>")[0].Split("<tr>").Length - 2);
    }

    [Fact]
    public async Task BadWalkForward_ExitsTwoSayingWhatToGive()
    {
        string config = _run.Config(MinuteYaml);
        var noSweep = await _run.RunAsync("--config", config, "--csv", MinuteCsv, "--walk-forward", "in=6h,out=4h");
        var badUnit = await _run.RunAsync(Args("--walk-forward", "in=6x,out=4h"));
        var missing = await _run.RunAsync(Args("--walk-forward", "in=6h"));
        var tooLong = await _run.RunAsync(Args("--walk-forward", "in=2d,out=1d"));

        Assert.Equal((2, 2, 2, 2), (noSweep.ExitCode, badUnit.ExitCode, missing.ExitCode, tooLong.ExitCode));
        Assert.Contains("give the parameters to optimise in each window with --sweep", noSweep.Stderr);
        Assert.Contains("'6x' is not a duration", badUnit.Stderr);
        Assert.Contains("give both the in-sample and the out-of-sample length", missing.Stderr);
        Assert.Contains("is not longer than one in-sample span (2d)", tooLong.Stderr);
    }

    private sealed record Window(string InStart, string InEnd, string OutStart, string OutEnd, JsonElement Params, JsonElement InMetrics, JsonElement OutMetrics);

    private static List<Window> Windows(JsonDocument doc) =>
        [.. doc.RootElement.GetProperty("walk_forward").GetProperty("windows").EnumerateArray().Select(w => new Window(
            w.GetProperty("in_sample_start").GetString()!, w.GetProperty("in_sample_end").GetString()!,
            w.GetProperty("out_of_sample_start").GetString()!, w.GetProperty("out_of_sample_end").GetString()!,
            w.GetProperty("params"), w.GetProperty("in_sample_metrics"), w.GetProperty("out_of_sample_metrics")))];

    // HH:mm of an ISO time.
    private static string Clock(string iso) => iso[11..16];

    private async Task<JsonDocument> JsonAsync(params string[] args)
    {
        var (code, stdout, stderr) = await _run.RunAsync([.. args, "--json"]);
        Assert.True(code == 0, stderr);
        return JsonDocument.Parse(stdout);
    }
}
