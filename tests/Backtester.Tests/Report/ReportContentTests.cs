using System.Text.Json;
using Trader.Backtester.Tests.Run;
using Trader.Indicators;

namespace Trader.Backtester.Tests.Report;

/// <summary>What a report holds, read from the file: the --json document and the strategy's own indicator values.</summary>
public sealed class ReportContentTests : IDisposable
{
    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Report_WithJson_EmbedsExactlyTheJsonDocument()
    {
        var (json, stdout, path) = await ReportRun.RunAsync(_run);
        using var _ = json;
        Assert.Equal(stdout, ReportRun.DataBlock(await File.ReadAllTextAsync(path), "backtest-json"));
    }

    [Fact]
    public async Task Report_RulesStrategy_IndicatorsAreTheStrategysOwnSeries()
    {
        // --warmup 0: every candle of the file is traded and charted, so the chart's closes are the file's.
        var (json, _, path) = await ReportRun.RunAsync(_run, "--warmup", "0");
        using var __ = json;
        using var chart = JsonDocument.Parse(ReportRun.DataBlock(await File.ReadAllTextAsync(path), "chart-json"));
        var indicators = chart.RootElement.GetProperty("indicators").EnumerateArray().ToList();

        // Named by the rules' aliases; EMAs on the price scale, RSI in a pane of its own (from the catalog).
        Assert.Equal(["fast", "slow", "rsi"], indicators.Select(i => i.GetProperty("label").GetString()));
        Assert.Equal([true, true, false], indicators.Select(i => i.GetProperty("price_scale").GetBoolean()));

        // One bar per candle on a day of minutes; "fast" is EMA 5 of the closes the strategy saw (no warm-up before the file).
        double[] closes = chart.RootElement.GetProperty("close").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        Assert.Equal(1440, closes.Length);
        double?[] expected = ((ReadOnlySpan<double>)closes).Ema(5);
        double?[] fast = indicators[0].GetProperty("values")[0].EnumerateArray()
            .Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()).ToArray();
        Assert.Equal(expected.Length, fast.Length);
        for (int i = 0; i < fast.Length; i++)
        {
            Assert.Equal(expected[i].HasValue, fast[i].HasValue);
            if (fast[i] is { } v) Assert.Equal(expected[i]!.Value, v, 9);
        }
    }
}
