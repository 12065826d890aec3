using System.Text.Json;
using Trader.Backtester.Tests.Run;

namespace Trader.Backtester.Tests.Regression;

/// <summary>
/// Fixed data, fixed config, checked-in trade list (btc_rsi_macd_1m.trades.csv, explained in docs/backtesting.md):
/// any change to fills, rounding, fees, stops or the strategy's signals shows up here as a diff.
/// </summary>
public sealed class RegressionTests : IDisposable
{
    private static readonly string[] Fields = ["entry_time", "exit_time", "side", "amount", "entry_price", "exit_price", "pnl", "fee", "exit_reason"];
    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task RsiMacdOnBundledBtc1m_TradesMatchTheCheckedInList()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Regression");
        var (code, stdout, stderr) = await _run.RunAsync(
            "--config", Path.Combine(folder, "btc_rsi_macd_1m.yaml"), "--csv", BacktesterRun.Sample("binance_BTCBUSD_1m.csv"), "--warmup", "0", "--json", "--no-store");
        Assert.True(code == 0, stderr);

        using var doc = JsonDocument.Parse(stdout);
        var actual = new List<string> { string.Join(',', Fields) };
        actual.AddRange(doc.RootElement.GetProperty("trades").EnumerateArray().Select(t =>
            string.Join(',', Fields.Select(f => t.GetProperty(f) is { ValueKind: JsonValueKind.String } s ? s.GetString() : t.GetProperty(f).GetRawText()))));
        var expected = File.ReadAllLines(Path.Combine(folder, "btc_rsi_macd_1m.trades.csv"));

        Assert.Equal(expected, actual);
        Assert.Equal(9887.8644527271m, doc.RootElement.GetProperty("metrics").GetProperty("final_balance").GetDecimal());
    }
}
