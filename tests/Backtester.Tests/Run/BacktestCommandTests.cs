using System.Globalization;
using System.Text.Json;
using Serilog.Core;
using Trader.Domain;
using Trader.Database;

namespace Trader.Backtester.Tests.Run;

public sealed class BacktestCommandTests : IDisposable
{
    // Enters on weak RSI, leaves on strength; trades a few times on the 120 bundled BTC/USDT hours.
    private const string RulesYaml = """
        name: btc-rules
        exchange: binance
        symbol: BTC/USDT
        timeframe: 1h
        strategy:
          type: rules
          params:
            indicators:
              rsi: { kind: rsi, period: 14 }
            entry: rsi < 50
            exit: rsi > 55
        risk:
          stake: { fraction: 0.5 }
          stop_loss: 0.02
          take_profit: 0.04
        paper: { starting_balance: 10000, fee: 0.001, slippage: 0.0005 }
        """;

    private static readonly string HourlyCsv = BacktesterRun.Sample("binance_BTCUSDT_1h.csv");
    private static readonly SeriesKey Series = new("binance", "BTC/USDT", Timeframe.H1);

    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Run_ConfigWithYamlSyntaxError_ExitsTwoWithFileLineColumn()
    {
        string config = _run.Config("a: [b\nc: d\n");
        var (code, _, stderr) = await _run.RunAsync("--config", config, "--csv", HourlyCsv, "--no-store");
        Assert.Equal(2, code);
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(config)}:\d+:\d+: YAML syntax error: ", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Json_CsvSource_PrintsMetricsTradesAndEquityWithPnlSummingToFinalBalance()
    {
        var (code, stdout, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--csv", HourlyCsv, "--json", "--no-store");
        Assert.True(code == 0, stderr);

        using var doc = JsonDocument.Parse(stdout);
        var metrics = doc.RootElement.GetProperty("metrics");
        foreach (var key in new[] { "starting_balance", "final_balance", "total_return", "cagr", "sharpe", "sortino", "calmar", "max_drawdown",
                     "win_rate", "profit_factor", "expectancy", "trades", "exposure", "best_trade", "worst_trade", "fees_paid", "buy_and_hold_return" })
        {
            Assert.True(metrics.TryGetProperty(key, out _), $"missing metric {key}");
        }
        var trades = doc.RootElement.GetProperty("trades").EnumerateArray().ToList();
        Assert.NotEmpty(trades);
        Assert.Equal(trades.Count, metrics.GetProperty("trades").GetInt32());
        decimal sum = trades.Sum(t => t.GetProperty("pnl").GetDecimal());
        Assert.Equal(metrics.GetProperty("starting_balance").GetDecimal() + sum, metrics.GetProperty("final_balance").GetDecimal());
        foreach (var t in trades)
        {
            foreach (var key in new[] { "entry_time", "exit_time", "side", "amount", "entry_price", "exit_price", "pnl", "fee", "exit_reason" })
            {
                Assert.True(t.TryGetProperty(key, out _), $"missing trade field {key}");
            }
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", t.GetProperty("entry_time").GetString());
        }
        var equity = doc.RootElement.GetProperty("equity").EnumerateArray().ToList();
        Assert.Equal(120, equity.Count);
        Assert.Equal("2018-05-01T01:00:00Z", equity[0][0].GetString());
        Assert.Equal(metrics.GetProperty("final_balance").GetDecimal(), equity[^1][1].GetDecimal());
    }

    [Fact]
    public async Task Json_ShippedBuiltInConfigWithSweep_RunsThroughTheRegistry()
    {
        string config = Path.Combine(BacktesterRun.RepoRoot, "config", "strategies", "btc_binance_1h.yaml");
        var (code, stdout, stderr) = await _run.RunAsync("--config", config, "--csv", HourlyCsv, "--sweep", "period=7,14", "--sweep", "oversold=30,40", "--json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var runs = doc.RootElement.GetProperty("sweep").EnumerateArray().ToList();
        Assert.Equal(4, runs.Count);
        Assert.All(runs, r => Assert.Equal(10_000m, r.GetProperty("metrics").GetProperty("starting_balance").GetDecimal()));

        var bad = await _run.RunAsync("--config", config, "--csv", HourlyCsv, "--sweep", "oversold=80");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("oversold", bad.Stderr);
    }

    [Fact]
    public async Task Run_DatabaseSource_SameResultAsCsvAndStoredInBacktestRuns()
    {
        await SeedAsync(LoadCsv(HourlyCsv));
        string config = _run.Config(RulesYaml);

        var fromDb = await _run.RunAsync("--config", config, "--from", "2018-05-01", "--to", "2018-05-05", "--json");
        var fromCsv = await _run.RunAsync("--config", config, "--csv", HourlyCsv, "--from", "2018-05-01", "--to", "2018-05-05", "--json", "--no-store");

        Assert.True(fromDb.ExitCode == 0, fromDb.Stderr);
        Assert.Equal(fromCsv.Stdout, fromDb.Stdout);
        using var database = await OpenAsync();
        var run = Assert.Single(await database.BacktestRuns.ListAsync("btc-rules", CancellationToken.None));
        Assert.Equal(Series, run.Series);
        using var stored = JsonDocument.Parse(run.MetricsJson);
        using var printed = JsonDocument.Parse(fromDb.Stdout);
        Assert.Equal(printed.RootElement.GetProperty("metrics").GetProperty("final_balance").GetDecimal(), stored.RootElement.GetProperty("final_balance").GetDecimal());
        Assert.Contains("rsi < 50", run.ConfigText);
    }

    [Fact]
    public async Task Timings_DatabaseRun_PrintsEachPhaseOnStandardErrorAndKeepsTheJsonClean()
    {
        await SeedAsync(LoadCsv(HourlyCsv));

        var (code, stdout, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--from", "2018-05-01", "--to", "2018-05-05", "--json", "--timings");

        Assert.True(code == 0, stderr);
        using var printed = JsonDocument.Parse(stdout);   // nothing but the document on standard output
        Assert.Equal(JsonValueKind.Array, printed.RootElement.GetProperty("equity").ValueKind);
        string line = Assert.Single(stderr.Split('\n'), l => l.StartsWith("timings: ", StringComparison.Ordinal));
        const string Took = @" \d+\.\d{3} s \(\d+\.\d{3} s CPU, \d+ MB\)";
        Assert.Matches($@"^timings: start-up \d+\.\d{{3}} s \(\d+\.\d{{3}} s CPU\) \| command line, config and log{Took} \| open database{Took} \| read [\d,]+ candles{Took} \| .*" +
            $@"replay [\d,]+ candles{Took} \| metrics and output{Took} \| store the run{Took} \| total \d+\.\d{{3}} s wall, \d+\.\d{{3}} s CPU, peak RSS \d+ MB", line);
    }

    [Fact]
    public async Task Run_EmptyDatabase_Exit2NamingTheBackfillerCommand()
    {
        var (code, _, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--from", "2024-01-01", "--to", "2024-12-31");
        Assert.Equal(2, code);
        Assert.Contains("No 1h candles", stderr);
        Assert.Contains("backfiller --exchange binance --symbols BTC/USDT --timeframes 1h --since 2024-01-01", stderr);
    }

    [Fact]
    public async Task Run_DatabaseWithGap_Exit2NamingGapAndBackfiller()
    {
        var candles = LoadCsv(HourlyCsv).ToList();
        candles.RemoveAt(50);
        await SeedAsync(candles);

        var (code, _, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--from", "2018-05-01", "--to", "2018-05-05");
        Assert.Equal(2, code);
        Assert.Contains("missing 1 1h candle", stderr);
        Assert.Contains("2018-05-03T02:00:00Z", stderr);
        Assert.Contains("backfiller --exchange binance", stderr);

        var allowed = await _run.RunAsync("--config", _run.Config(RulesYaml), "--from", "2018-05-01", "--to", "2018-05-05", "--allow-gaps", "--no-store");
        Assert.True(allowed.ExitCode == 0, allowed.Stderr);
    }

    [Fact]
    public async Task Run_DatabaseWithRecordedHole_RunsAndSaysTheHoleIsNotMissingHistory()
    {
        var candles = LoadCsv(HourlyCsv).ToList();
        var hole = new OpenTimeRange(candles[50].OpenTimeMs, candles[52].OpenTimeMs);
        candles.RemoveRange(50, 2);
        await SeedAsync(candles);
        using (var database = await OpenAsync())
            await database.Candles.RecordHolesAsync(Series, [hole], CancellationToken.None);

        var (code, stdout, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--from", "2018-05-01", "--to", "2018-05-05", "--no-store");

        Assert.True(code == 0, stderr);
        Assert.Contains("has 2 holes in the range: open times the exchange confirmed it has no candle for", stdout + stderr);
    }

    [Fact]
    public async Task Run_DatabaseRangeOfManyChunks_SameResultAsCsvAndAGapLateInItRefused()
    {
        // Three of the store's read-ahead chunks and more, 3 minutes missing in the third: the run replays each chunk as
        // it is read and finds the gap on the way.
        var minutes = Series with { Timeframe = Timeframe.M1 };
        var walk = RandomWalk.Generate(21, Timeframe.M1, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), 52_000, volatility: 0.002);
        var candles = walk.Where((_, i) => i is < 45_000 or >= 45_003).ToArray();
        string csv = Path.Combine(_run.Directory, "minutes.csv");
        File.WriteAllLines(csv, ["time,open,high,low,close,volume", .. candles.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.OpenTimeMs},{c.Open:R},{c.High:R},{c.Low:R},{c.Close:R},{c.Volume:R}"))]);
        string config = _run.Config(RulesYaml.Replace("timeframe: 1h", "timeframe: 1m", StringComparison.Ordinal));
        using (var database = await OpenAsync())
            Assert.Empty((await database.Candles.UpsertAsync(minutes, candles, CancellationToken.None)).Rejected);

        var fromDb = await _run.RunAsync("--config", config, "--json", "--no-store", "--allow-gaps");
        var fromCsv = await _run.RunAsync("--config", config, "--csv", csv, "--json", "--no-store", "--allow-gaps");
        var refused = await _run.RunAsync("--config", config, "--no-store");

        Assert.True(fromDb.ExitCode == 0, fromDb.Stderr);
        Assert.Equal(fromCsv.Stdout, fromDb.Stdout);
        using (var printed = JsonDocument.Parse(fromDb.Stdout))
            Assert.Equal(candles.Length - 200, printed.RootElement.GetProperty("equity").GetArrayLength()); // the warm-up trades nothing
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("missing 3 1m candles", refused.Stderr);
        Assert.Contains(TimeText.Iso(walk[45_000].OpenTimeMs), refused.Stderr);
        Assert.Contains("backfiller --exchange binance", refused.Stderr);
    }

    [Fact]
    public async Task Run_Table_PrintsEveryMetricLabel()
    {
        var (code, stdout, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--csv", HourlyCsv, "--no-store");
        Assert.True(code == 0, stderr);
        foreach (var label in new[] { "Starting balance", "Final balance", "Total return", "CAGR", "Sharpe", "Sortino", "Sharpe per candle", "Calmar", "Max drawdown",
                     "Drawdown peak", "Win rate", "Profit factor", "Expectancy", "Trades", "Average duration", "Exposure", "Best trade", "Worst trade", "Fees paid", "Buy and hold" })
        {
            Assert.Contains(label, stdout);
        }
    }

    [Fact]
    public async Task Report_WritesSelfContainedHtmlWithTheChartLibraryInline()
    {
        string report = Path.Combine(_run.Directory, "report.html");
        var (code, _, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--csv", HourlyCsv, "--report", report, "--no-store");
        Assert.True(code == 0, stderr);

        string html = File.ReadAllText(report);
        Assert.Contains("TradingView Lightweight Charts™ v5.3.0", html);
        Assert.Contains("<table id=\"trades\"", html);
        Assert.Contains("\"entry_time\":\"2018-05-01T15:00:00Z\"", html);
        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("<link", html);
        // The only addresses are the library's licence and attribution links and the SVG namespace: nothing to fetch.
        var addresses = System.Text.RegularExpressions.Regex.Matches(html, "https?://[^\\s\"'<>)]+").Select(m => m.Value).ToHashSet();
        Assert.All(addresses, a => Assert.True(
            a.StartsWith("https://www.tradingview.com/", StringComparison.Ordinal) || a is "https://www.apache.org/licenses/LICENSE-2.0" or "http://www.w3.org/2000/svg", a));
    }

    [Fact]
    public async Task Sweep_Grid_RunsEveryPointRankedByTotalReturn()
    {
        var (code, stdout, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--csv", HourlyCsv,
            "--sweep", "rsi.period=7,14", "--sweep", "rsi.period_unused=1", "--json");
        Assert.Equal(2, code);
        Assert.Contains("rsi.period_unused", stderr);

        (code, stdout, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--csv", HourlyCsv, "--sweep", "rsi.period=7,10,14,21", "--json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var runs = doc.RootElement.GetProperty("sweep").EnumerateArray().ToList();
        Assert.Equal([7.0, 10.0, 14.0, 21.0], runs.Select(r => r.GetProperty("params").GetProperty("rsi.period").GetDouble()).Order());
        var returns = runs.Select(r => r.GetProperty("metrics").GetProperty("total_return").GetDecimal()).ToList();
        Assert.Equal(returns.OrderDescending(), returns);
    }

    [Fact]
    public async Task Sweep_RiskKeys_ChangeTheRiskRules()
    {
        var (code, stdout, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--csv", HourlyCsv,
            "--sweep", "stop_loss=0.005,0.02", "--sweep", "rsi.period=14", "--rank-by", "max_drawdown", "--json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var runs = doc.RootElement.GetProperty("sweep").EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);
        var drawdowns = runs.Select(r => r.GetProperty("metrics").GetProperty("max_drawdown").GetDecimal()).ToList();
        Assert.Equal(drawdowns.Order(), drawdowns);
        // A 0.5 % stop cuts trades that a 2 % stop lets run, so the two runs differ.
        var trades = runs.Select(r => r.GetProperty("metrics").GetProperty("final_balance").GetDecimal()).Distinct();
        Assert.Equal(2, trades.Count());

        var bad = await _run.RunAsync("--config", _run.Config(RulesYaml), "--csv", HourlyCsv, "--sweep", "stop_loss=1.5");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("stop_loss", bad.Stderr);
    }

    [Fact]
    public async Task Sweep_Table_PrintsRankedRows()
    {
        var (code, stdout, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--csv", HourlyCsv, "--sweep", "rsi.period=7,14", "--no-store");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("2 runs of rules ranked by total_return", lines[0]);
        Assert.Equal(["rank", "rsi.period", "total_return", "sharpe", "max_drawdown", "trades", "win_rate", "profit_factor"],
            lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["14", "7"], lines[2..].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]).Order(StringComparer.Ordinal));
        // Aligned: every metric ends under the end of its heading (right-aligned), whatever the widths of the values.
        int end = lines[1].IndexOf("total_return", StringComparison.Ordinal) + "total_return".Length;
        Assert.All(lines[2..], l => Assert.Equal(' ', l[end]));
        Assert.All(lines[2..], l => Assert.NotEqual(' ', l[end - 1]));
        Assert.All(lines[2..], l => Assert.Equal(lines[1].Length, l.Length));
    }

    [Fact]
    public async Task Run_MissingConfigOption_Exit2()
    {
        var (code, _, stderr) = await _run.RunAsync("--csv", HourlyCsv);
        Assert.Equal(2, code);
        Assert.Contains("--config FILE is required", stderr);
    }

    [Fact]
    public async Task Run_BadDate_Exit2WithExample()
    {
        var (code, _, stderr) = await _run.RunAsync("--config", _run.Config(RulesYaml), "--csv", HourlyCsv, "--from", "May 1st");
        Assert.Equal(2, code);
        Assert.Contains("--from: 'May 1st' is not a time; use ISO 8601 UTC (2024-01-01 or 2024-01-01T12:00:00Z) or Unix milliseconds", stderr);
    }

    private static Candle[] LoadCsv(string path) =>
        File.ReadLines(path).Skip(1).Select(line => line.Split(',')).Select(c => new Candle(
            DateTimeOffset.Parse(c[0], CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(),
            double.Parse(c[1], CultureInfo.InvariantCulture), double.Parse(c[2], CultureInfo.InvariantCulture),
            double.Parse(c[3], CultureInfo.InvariantCulture), double.Parse(c[4], CultureInfo.InvariantCulture),
            double.Parse(c[5], CultureInfo.InvariantCulture))).ToArray();

    private Task<TradingDatabase> OpenAsync() =>
        TradingDatabase.OpenAsync(_run.DatabasePath, new DatabaseOptions(), TimeProvider.System, Logger.None, CancellationToken.None);

    private async Task SeedAsync(IReadOnlyList<Candle> candles)
    {
        using var database = await OpenAsync();
        var result = await database.Candles.UpsertAsync(Series, candles, CancellationToken.None);
        Assert.Empty(result.Rejected);
    }
}
