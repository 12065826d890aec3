using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Trader.Backtester.Tests.Run;

/// <summary>The market's tick and step are fixed for the whole data, so a trade's size does not depend on --from.</summary>
public sealed class MarketRulesTests : IDisposable
{
    // Enters after every rising candle and leaves after every falling one, with a fixed 1000 quote per entry, so a
    // trade's amount depends only on its price and the market's step.
    private const string Yaml = """
        name: steps
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
        paper: { starting_balance: 10000, fee: 0.001, slippage: 0 }
        """;

    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    // 48 hourly candles from 2024-01-01: the first day near 9 000 (below 10 000: a coarser step), the second near 11 003,
    // alternating rising and falling candles.
    private string WriteCsv()
    {
        var csv = new StringBuilder("time,open,high,low,close,volume\n");
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < 48; i++)
        {
            double basePrice = i < 24 ? 9_001.37 : 11_003.37;
            double open = basePrice + (i % 2 == 0 ? 0 : 7), close = basePrice + (i % 2 == 0 ? 7 : 0);
            csv.Append(CultureInfo.InvariantCulture, $"{t0.AddHours(i):yyyy-MM-dd'T'HH:mm:ss'Z'},{open},{Math.Max(open, close) + 1},{Math.Min(open, close) - 1},{close},10\n");
        }
        string path = Path.Combine(_run.Directory, "steps.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private Task<Dictionary<string, decimal>> AmountsByEntryAsync(string csv, params string[] extra) => AmountsOfAsync(Yaml, csv, extra);

    private async Task<Dictionary<string, decimal>> AmountsOfAsync(string yaml, string csv, params string[] extra)
    {
        var (code, stdout, stderr) = await _run.RunAsync(["--config", _run.Config(yaml), "--csv", csv, "--json", "--no-store", "--warmup", "0", .. extra]);
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.GetProperty("trades").EnumerateArray()
            .ToDictionary(t => t.GetProperty("entry_time").GetString()!, t => t.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Run_DifferentFrom_SameTradeHasTheSameAmount()
    {
        string csv = WriteCsv();
        var whole = await AmountsByEntryAsync(csv);
        var late = await AmountsByEntryAsync(csv, "--from", "2024-01-02");

        Assert.NotEmpty(late);
        foreach (var (entry, amount) in late) Assert.Equal(whole[entry], amount);
        // The step comes from the data's first price (about 9 000): 1000 / 11 003.37 rounds down to 0.0908, not 0.09088.
        Assert.All(late.Values, a => Assert.Equal(0.0908m, a));
    }

    [Fact]
    public async Task Run_MarketInTheFile_ItsStepForEveryTradeWhateverTheFirstPrice()
    {
        string csv = WriteCsv();
        var stepped = await AmountsOfAsync(Yaml + "\nmarket: { tick_size: 0.01, step_size: 0.001, min_notional: 5 }", csv);
        var late = await AmountsOfAsync(Yaml + "\nmarket: { tick_size: 0.01, step_size: 0.001, min_notional: 5 }", csv, "--from", "2024-01-02");

        Assert.NotEmpty(stepped);
        // 1000 quote near 9 008 is 0.1110 BTC, near 11 010 is 0.0908: rounded down to the file's step, 0.111 and 0.09.
        Assert.All(stepped, t => Assert.Equal(t.Key.StartsWith("2024-01-01", StringComparison.Ordinal) ? 0.111m : 0.090m, t.Value));
        foreach (var (entry, amount) in late) Assert.Equal(stepped[entry], amount);
    }
}
