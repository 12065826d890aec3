using System.Text.Json;
using System.Text.RegularExpressions;
using Trader.Backtester.Tests.Run;

namespace Trader.Backtester.Tests.Report;

/// <summary>A real backtest of the bundled BTC minutes with <c>--json --report</c>: its stdout JSON and its HTML file.</summary>
internal static partial class ReportRun
{
    // EMA 5/13 crossover with an RSI filter: two indicators over the price and one oscillator pane.
    public const string Yaml = """
        name: report-test
        exchange: binance
        symbol: BTC/BUSD
        timeframe: 1m
        strategy:
          type: rules
          params:
            indicators:
              fast: { kind: ema, period: 5 }
              slow: { kind: ema, period: 13 }
              rsi: { kind: rsi, period: 14 }
            entry: fast > slow and rsi < 70
            exit: fast < slow
        risk:
          stake: { fraction: 0.5 }
          stop_loss: 0.004
          take_profit: 0.006
        paper: { starting_balance: 10000, fee: 0.001, slippage: 0.0005 }
        """;

    public static readonly string MinutesCsv = BacktesterRun.Sample("binance_BTCBUSD_1m.csv");

    /// <summary>Runs the backtester with <paramref name="extra"/> arguments and returns its JSON and the report's path.</summary>
    public static async Task<(JsonDocument Json, string Stdout, string ReportPath)> RunAsync(BacktesterRun run, params string[] extra)
    {
        string report = Path.Combine(run.Directory, "report.html");
        var (code, stdout, stderr) = await run.RunAsync(["--config", run.Config(Yaml), "--csv", MinutesCsv, "--json", "--report", report, "--no-store", .. extra]);
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(report), $"no report at {report}: {stderr}");
        return (JsonDocument.Parse(stdout), stdout.Trim(), report);
    }

    /// <summary>The text of the <c>&lt;script type="application/json" id="..."&gt;</c> block of a report.</summary>
    public static string DataBlock(string html, string id)
    {
        var match = Regex.Match(html, $"<script type=\"application/json\" id=\"{id}\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no {id} block in the report");
        return match.Groups[1].Value;
    }
}
