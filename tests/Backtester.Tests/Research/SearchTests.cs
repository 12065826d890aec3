using System.Text.Json;
using Trader.Backtester.Tests.Run;

namespace Trader.Backtester.Tests.Research;

/// <summary>The backtester's research options as a user runs them: a real process over the bundled 1m candles.</summary>
public sealed class SearchTests : IDisposable
{
    private const string MinuteYaml = RsiMinuteRun.Yaml;
    private static readonly string MinuteCsv = RsiMinuteRun.Csv;
    private static readonly string[] NinePeriods = ["--sweep", "rsi.period=5,7,9,11,14,17,21,25,30"];

    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Halving_NinePoints_RunsThePlannedRoundsAndItsFinalistIsAFullRun()
    {
        string config = _run.Config(MinuteYaml);
        using var halving = await JsonAsync(["--config", config, "--csv", MinuteCsv, "--warmup", "0", .. NinePeriods, "--search", "halving"]);

        var rounds = halving.RootElement.GetProperty("rounds").EnumerateArray().Select(r => (r.GetProperty("candidates").GetInt32(), r.GetProperty("candles").GetInt32()));
        Assert.Equal([(9, 160), (3, 480), (1, 1440)], rounds);
        var finalist = Assert.Single(halving.RootElement.GetProperty("sweep").EnumerateArray());
        double period = finalist.GetProperty("params").GetProperty("rsi.period").GetDouble();

        // The same point alone over every candle: the halving's last round is a real full run.
        using var single = await JsonAsync("--config", config, "--csv", MinuteCsv, "--warmup", "0", "--sweep", $"rsi.period={period}");
        Assert.Equal(single.RootElement.GetProperty("sweep")[0].GetProperty("metrics").GetRawText(), finalist.GetProperty("metrics").GetRawText());
    }

    [Fact]
    public async Task Sweep_PointsDifferingOnlyInRisk_EqualTheirRunsAlone()
    {
        // Both take_profit points of each period replay one recording of the strategy's signals; alone, a point runs its strategy.
        string config = _run.Config(MinuteYaml);
        string[] args = ["--config", config, "--csv", MinuteCsv, "--warmup", "30"];
        using var sweep = await JsonAsync([.. args, "--sweep", "rsi.period=7,14", "--sweep", "take_profit=0.002,0.008"]);

        var runs = sweep.RootElement.GetProperty("sweep").EnumerateArray().ToList();
        Assert.Equal(4, runs.Count);
        foreach (var run in runs)
        {
            var point = run.GetProperty("params");
            using var alone = await JsonAsync([.. args, "--sweep", $"rsi.period={point.GetProperty("rsi.period").GetDouble()}",
                "--sweep", $"take_profit={point.GetProperty("take_profit").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}"]);
            Assert.Equal(alone.RootElement.GetProperty("sweep")[0].GetProperty("metrics").GetRawText(), run.GetProperty("metrics").GetRawText());
        }
        // The replayed signals meet different risk: the two targets of a period trade differently.
        Assert.All(runs.GroupBy(r => r.GetProperty("params").GetProperty("rsi.period").GetDouble()),
            period => Assert.Equal(2, period.Select(r => r.GetProperty("metrics").GetRawText()).Distinct().Count()));
    }

    [Fact]
    public async Task Random_DrawsTheAskedNumberOfDistinctGridPointsRepeatablyBySeed()
    {
        string config = _run.Config(MinuteYaml);
        string[] args = ["--config", config, "--csv", MinuteCsv, "--warmup", "0", .. NinePeriods, "--search", "random:4"];

        var first = Points(await JsonAsync([.. args, "--seed", "5"]));
        var again = Points(await JsonAsync([.. args, "--seed", "5"]));
        var other = Points(await JsonAsync([.. args, "--seed", "6"]));

        Assert.Equal(4, first.Distinct().Count());
        Assert.All(first, p => Assert.Contains(p, new[] { 5.0, 7, 9, 11, 14, 17, 21, 25, 30 }));
        Assert.Equal(first.Order(), again.Order());
        Assert.NotEqual(first.Order(), other.Order());
    }

    [Fact]
    public async Task MaxDrawdown_RunsOverTheCapRankAfterTheRest()
    {
        using var doc = await JsonAsync("--config", _run.Config(MinuteYaml), "--csv", MinuteCsv, "--warmup", "0",
            "--sweep", "stop_loss=0.002,0.004,0.008,0.016", "--sweep", "rsi.period=7,14", "--rank-by", "trades", "--max-drawdown", "0.03");

        // Ranked by trade count alone, the busiest (and deepest) runs would lead.
        var runs = doc.RootElement.GetProperty("sweep").EnumerateArray()
            .Select(r => (Over: r.GetProperty("metrics").GetProperty("max_drawdown").GetDouble() > 0.03, Trades: r.GetProperty("metrics").GetProperty("trades").GetInt32()))
            .ToList();
        Assert.Contains(runs, r => r.Over);
        Assert.Contains(runs, r => !r.Over);
        Assert.Equal(runs.OrderBy(r => r.Over).ThenByDescending(r => r.Trades), runs);
        Assert.True(runs.Max(r => r.Trades) > runs.Where(r => !r.Over).Max(r => r.Trades));
        Assert.Equal(0.03, doc.RootElement.GetProperty("max_drawdown_cap").GetDouble());
    }

    [Fact]
    public async Task MonteCarlo_SingleRun_ReportsAnOrderedDistributionRepeatablyBySeed()
    {
        string[] args = ["--config", _run.Config(MinuteYaml), "--csv", MinuteCsv, "--warmup", "0", "--no-store", "--monte-carlo", "300"];

        using var doc = await JsonAsync(args);
        using var again = await JsonAsync(args);

        var m = doc.RootElement.GetProperty("monte_carlo");
        Assert.Equal(300, m.GetProperty("runs").GetInt32());
        Assert.Equal(doc.RootElement.GetProperty("metrics").GetProperty("trades").GetInt32(), m.GetProperty("trades").GetInt32());
        double[] ordered = [.. new[] { "max_drawdown_p5", "max_drawdown_median", "max_drawdown_p95", "max_drawdown_worst" }.Select(k => m.GetProperty(k).GetDouble())];
        Assert.Equal(ordered.Order(), ordered);
        Assert.True(ordered[^1] > 0);
        Assert.Equal(m.GetRawText(), again.RootElement.GetProperty("monte_carlo").GetRawText());

        string report = Path.Combine(_run.Directory, "mc.html");
        var table = await _run.RunAsync([.. args, "--report", report]);
        Assert.Contains("Monte Carlo of the trade order: 300 shuffles", table.Stdout);
        string html = await File.ReadAllTextAsync(report);
        Assert.Contains("<section class=\"panel\" id=\"monte-carlo\"><h2>Monte Carlo of the trade order", html);
        Assert.Contains($"<th>95 %</th><td>{m.GetProperty("max_drawdown_p95").GetDouble().ToString("P2", System.Globalization.CultureInfo.InvariantCulture)}</td>", html);
    }

    [Fact]
    public async Task BadResearchOptions_ExitTwoSayingWhatIsAllowed()
    {
        string config = _run.Config(MinuteYaml);
        var search = await _run.RunAsync(["--config", config, "--csv", MinuteCsv, .. NinePeriods, "--search", "random:0"]);
        var cap = await _run.RunAsync(["--config", config, "--csv", MinuteCsv, .. NinePeriods, "--max-drawdown", "1.5"]);

        Assert.Equal((2, 2), (search.ExitCode, cap.ExitCode));
        Assert.Contains("--search 'random:0': expected grid, random:N", search.Stderr);
        Assert.Contains("--max-drawdown 1.5:", cap.Stderr);
    }

    private static double[] Points(JsonDocument doc) =>
        [.. doc.RootElement.GetProperty("sweep").EnumerateArray().Select(r => r.GetProperty("params").GetProperty("rsi.period").GetDouble())];

    private async Task<JsonDocument> JsonAsync(params string[] args)
    {
        var (code, stdout, stderr) = await _run.RunAsync([.. args, "--json"]);
        Assert.True(code == 0, stderr);
        return JsonDocument.Parse(stdout);
    }
}
