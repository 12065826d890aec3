using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Trader.Backtester.Tests.Run;

/// <summary>A range with a large hole: the run warns, and the annual figures use the time the candles cover.</summary>
public sealed class CoveredTimeTests : IDisposable
{
    private const string Yaml = """
        name: holes
        exchange: binance
        symbol: BTC/USDT
        timeframe: 1h
        strategy:
          type: rules
          params:
            indicators:
              sma: { kind: sma, period: 2 }
            entry: close > open and sma > 0
            exit: close < open
        risk:
          stake: { quote: 1000 }
        paper: { starting_balance: 10000, fee: 0, slippage: 0 }
        """;

    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Run_RangeWithAMissingDay_WarnsAndExposureIsOverCoveredTime()
    {
        // Hours of 2024-01-01 and 2024-01-03; 2024-01-02 is missing. Every even hour rises, every odd one falls.
        var csv = new StringBuilder("time,open,high,low,close,volume\n");
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (int day in new[] { 0, 2 })
        {
            for (int h = 0; h < 24; h++)
            {
                double open = h % 2 == 0 ? 100 : 101, close = h % 2 == 0 ? 101 : 100;
                csv.Append(CultureInfo.InvariantCulture, $"{t0.AddDays(day).AddHours(h):yyyy-MM-dd'T'HH:mm:ss'Z'},{open},102,99,{close},10\n");
            }
        }
        string path = Path.Combine(_run.Directory, "holes.csv");
        await File.WriteAllTextAsync(path, csv.ToString());

        var (code, stdout, stderr) = await _run.RunAsync("--config", _run.Config(Yaml), "--csv", path, "--json", "--no-store", "--allow-gaps", "--warmup", "0");
        Assert.True(code == 0, stderr);
        Assert.Contains("The candles cover 2 of the 3 days from 2024-01-01T00:00:00Z to 2024-01-04T00:00:00Z (candles missing in 1 places)", stderr);

        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        // Exposure: the covered hours spent in a trade over the 48 covered hours (the missing day counts for neither).
        // A trade open over the missing day (the last of day 1 runs into day 3) is exposed only in the hours around it.
        long holeStart = t0.AddDays(1).ToUnixTimeMilliseconds(), holeEnd = t0.AddDays(2).ToUnixTimeMilliseconds();
        long Ms(JsonElement t, string key) => DateTimeOffset.Parse(t.GetProperty(key).GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        var trades = root.GetProperty("trades").EnumerateArray().ToList();
        Assert.Contains(trades, t => Ms(t, "entry_time") < holeStart && Ms(t, "exit_time") >= holeEnd);
        long heldMs = trades.Sum(t => Ms(t, "exit_time") - Ms(t, "entry_time")
            - Math.Max(0, Math.Min(Ms(t, "exit_time"), holeEnd) - Math.Max(Ms(t, "entry_time"), holeStart)));
        Assert.Equal((decimal)heldMs / (48 * 3_600_000m), root.GetProperty("metrics").GetProperty("exposure").GetDecimal(), 10);
    }
}
