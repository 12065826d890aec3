using System.Globalization;
using System.Text;

namespace Trader.Backtester.Tests.Run;

/// <summary>A backtest whose balance compounds past decimal's range stops with a clear error, not an arithmetic crash.</summary>
public sealed class MoneyOverflowTests : IDisposable
{
    // Buys every trough and sells every crest of a wave from 1000 to 10000, staking nearly the whole balance: each trade
    // multiplies it about fivefold, so a few dozen trades take it past anything decimal holds (about 7.9e28).
    private const string Yaml = """
        name: btc-overflow
        exchange: binance
        symbol: BTC/USDT
        timeframe: 1h
        strategy:
          type: rules
          params:
            indicators:
              fast: { kind: ema, period: 2 }
            entry: close < 2000
            exit: close > 9000
        risk: { stake: { fraction: 0.99 } }
        paper: { starting_balance: 10000, fee: 0.001, slippage: 0 }
        """;

    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Run_BalanceCompoundsPastDecimalsRange_StopsWithAClearErrorAndExitOne()
    {
        var (code, stdout, stderr) = await _run.RunAsync("--config", _run.Config(Yaml), "--csv", WriteWave(), "--no-store");

        Assert.True(code == 1, $"exit {code}\n{stderr}");
        Assert.Contains("error: simulated buy btc-overflow", stderr);
        Assert.Contains("past decimal's range (about 7.9e28)", stderr);
        Assert.Contains("Stake a fixed amount (risk.stake: { quote: 1000 })", stderr);
        Assert.DoesNotContain("OverflowException", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout.Trim());
    }

    private string WriteWave()
    {
        string path = Path.Combine(_run.Directory, "wave.csv");
        var csv = new StringBuilder("time,open,high,low,close,volume\n");
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        double close = 5500;
        for (int i = 0; i < 600; i++)
        {
            double open = close;
            close = 5500 + 4500 * Math.Sin(i * Math.PI / 4);
            csv.Append(CultureInfo.InvariantCulture, $"{start.AddHours(i):yyyy-MM-ddTHH:mm:ssZ},{open:0.##},{Math.Max(open, close) + 1:0.##},{Math.Min(open, close) - 1:0.##},{close:0.##},1\n");
        }
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
