using System.Text.Json;
using System.Text.RegularExpressions;
using Serilog.Core;
using Trader.Backtester.Features;
using Trader.Backtester.Run;
using Trader.Domain;
using Trader.Strategies;
using Trader.Hosting.Config;
using Trader.Database;

namespace Trader.Backtester.Tests.Run;

/// <summary>
/// The strategy sees the startup candles before <c>--from</c> (the trader's count by default) without trading, so a
/// backtest starting at a moment decides there as a trader that has been running would.
/// </summary>
public sealed class WarmupTests : IDisposable
{
    // A crossover reads the previous candle of both averages: a cold strategy cannot see one before candle 15.
    private const string CrossoverYaml = """
        name: ema-cross
        exchange: binance
        symbol: BTC/BUSD
        timeframe: 1m
        strategy:
          type: rules
          params:
            indicators:
              fast: { kind: ema, period: 5 }
              slow: { kind: ema, period: 13 }
            entry: fast crosses_above slow
            exit: fast crosses_below slow
        risk:
          stake: { fraction: 0.5 }
        paper: { starting_balance: 10000, fee: 0.001, slippage: 0.0005 }
        """;

    private static readonly string MinuteCsv = BacktesterRun.Sample("binance_BTCBUSD_1m.csv");
    private static readonly SeriesKey Series = new("binance", "BTC/BUSD", Timeframe.M1);

    private readonly BacktesterRun _run = new();
    private readonly Candle[] _candles = CandleCsv.Load(MinuteCsv);
    private readonly string _config;
    private readonly int _startup;

    public WarmupTests()
    {
        _config = _run.Config(CrossoverYaml);
        _startup = StartupCandles.For(ConfigLoader.Load(_config).Strategy);
    }

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData("csv")]
    [InlineData("database")]
    public async Task Run_CrossoverAtFrom_WarmRunEntersAtOnceColdRunLater(string source)
    {
        int at = FirstEntryAfterWarmup();
        var range = new[] { "--from", Iso(at), "--to", Iso(at + 60) };
        string[] sourceArgs = ["--csv", MinuteCsv];
        if (source == "database")
        {
            await SeedAsync(_candles);
            sourceArgs = [];
        }

        var warm = await RunJsonAsync([.. sourceArgs, .. range]);
        var cold = await RunJsonAsync([.. sourceArgs, .. range, "--warmup", "0"]);

        // The warm strategy sees the cross at the close of the first candle; the buy fills at the next open.
        Assert.Equal(Iso(at + 1), FirstEntry(warm));
        Assert.True(string.CompareOrdinal(FirstEntry(cold), Iso(at + 1)) > 0, $"a cold strategy cannot see a cross at {Iso(at)}; it entered at {FirstEntry(cold)}");
        // Only decisions change: trading and the report still start at --from.
        Assert.Equal(Iso(at), warm.RootElement.GetProperty("metrics").GetProperty("start").GetString());
        Assert.Equal(Iso(at + 1), warm.RootElement.GetProperty("equity")[0][0].GetString());
        Assert.Equal(60, warm.RootElement.GetProperty("equity").GetArrayLength());
    }

    [Fact]
    public async Task Run_NoWarmupOption_SameAsTheSharedRulesCount()
    {
        int at = FirstEntryAfterWarmup();
        await SeedAsync(_candles);
        string[] args = ["--config", _config, "--from", Iso(at), "--to", Iso(at + 120), "--json", "--no-store"];

        var byDefault = await _run.RunAsync(args);
        var explicitCount = await _run.RunAsync([.. args, "--warmup", _startup.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var shorter = await _run.RunAsync([.. args, "--warmup", "20"]);

        Assert.True(byDefault.ExitCode == 0, byDefault.Stderr);
        Assert.Equal(explicitCount.Stdout, byDefault.Stdout);
        Assert.Contains($"the strategy sees {_startup} candles before {Iso(at)}", byDefault.Stderr);
        Assert.Contains($"the strategy sees 20 candles before {Iso(at)}", shorter.Stderr);
        Assert.DoesNotContain("WRN", byDefault.Stderr);
    }

    [Fact]
    public async Task Run_ShortHistory_WarnsOnceWithTheMissingCountAndRuns()
    {
        const int available = 50;
        var (code, stdout, stderr) = await _run.RunAsync("--config", _config, "--csv", MinuteCsv, "--from", Iso(available), "--to", Iso(available + 300), "--json", "--no-store");

        Assert.True(code == 0, stderr);
        Assert.Single(Regex.Matches(stderr, " WRN "));
        Assert.Contains($"Warm-up: {_startup - available} of {_startup} startup candles before {Iso(available)} are missing", stderr);
        Assert.Contains($"the strategy sees {available} candles before", stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(Iso(available), doc.RootElement.GetProperty("metrics").GetProperty("start").GetString());
    }

    [Fact]
    public async Task Run_FromTheFirstStoredCandle_WarnsThatAllAreMissing()
    {
        await SeedAsync(_candles);
        var (code, _, stderr) = await _run.RunAsync("--config", _config, "--from", Iso(0), "--to", Iso(300), "--no-store");

        Assert.True(code == 0, stderr);
        Assert.Contains($"Warm-up: {_startup} of {_startup} startup candles before {Iso(0)} are missing", stderr);
    }

    [Fact]
    public async Task Run_NoFrom_WarmsUpOnTheSourcesFirstCandlesWithoutWarning()
    {
        await SeedAsync(_candles);
        var (code, stdout, stderr) = await _run.RunAsync("--config", _config, "--to", Iso(300), "--json", "--no-store");

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain(" WRN ", stderr);
        Assert.Contains($"the strategy sees the first {_startup} candles of", stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(Iso(_startup), doc.RootElement.GetProperty("metrics").GetProperty("start").GetString());
    }

    [Fact]
    public async Task Run_GapInTheWarmup_Exit2UnlessGapsAllowed()
    {
        int from = FirstEntryAfterWarmup();
        var candles = _candles.ToList();
        candles.RemoveAt(from - 10);
        await SeedAsync(candles);
        string[] args = ["--config", _config, "--from", Iso(from), "--to", Iso(from + 60), "--json", "--no-store"];

        var refused = await _run.RunAsync(args);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("warm-up", refused.Stderr);
        Assert.Contains("missing 1 1m candle", refused.Stderr);
        Assert.Contains(Iso(from - 10), refused.Stderr);
        Assert.Contains("--allow-gaps", refused.Stderr);

        var allowed = await _run.RunAsync([.. args, "--allow-gaps"]);
        Assert.True(allowed.ExitCode == 0, allowed.Stderr);
        Assert.Contains($"Warm-up: 1 of {_startup} startup candles", allowed.Stderr);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("-200")]
    public async Task Run_NegativeWarmup_Exit2NamingTheOption(string count)
    {
        var (code, stdout, stderr) = await _run.RunAsync("--config", _config, "--csv", MinuteCsv, "--warmup", count);

        Assert.Equal(2, code);
        Assert.Contains($"--warmup {count}", stderr);
        Assert.Contains("0 or more", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Sweep_EachRun_WarmsUpLikeASingleRun()
    {
        int at = FirstEntryAfterWarmup();
        string[] args = ["--csv", MinuteCsv, "--from", Iso(at), "--to", Iso(at + 240)];
        string[] sweep = ["--sweep", "fast.period=5,6"];

        decimal single = FinalBalance(await RunJsonAsync(args));
        decimal singleCold = FinalBalance(await RunJsonAsync([.. args, "--warmup", "0"]));
        var swept = await RunJsonAsync([.. args, .. sweep]);
        var sweptCold = await RunJsonAsync([.. args, .. sweep, "--warmup", "0"]);

        Assert.NotEqual(single, singleCold);
        Assert.Equal(single, SweptFinalBalance(swept, fastPeriod: 5));
        Assert.Equal(singleCold, SweptFinalBalance(sweptCold, fastPeriod: 5));
    }

    // The first candle, after a full startup window and with 240 candles after it, where the warmed strategy enters:
    // computed with the strategy itself, so the test does not depend on a hand-picked time.
    private int FirstEntryAfterWarmup()
    {
        var config = ConfigLoader.Load(_config).Strategy;
        for (int i = _startup + 10; i + 240 < _candles.Length; i++)
        {
            var strategy = StrategyRegistry.Create(config);
            for (int j = i - _startup; j < i; j++) strategy.OnCandle(_candles[j]);
            if (strategy.OnCandle(_candles[i]).Kind == SignalKind.Enter) return i;
        }
        throw new InvalidOperationException("No crossover in the sample data.");
    }

    private string Iso(int index) => TimeText.Iso(_candles[index].OpenTimeMs);

    private async Task<JsonDocument> RunJsonAsync(params string[] args)
    {
        var (code, stdout, stderr) = await _run.RunAsync(["--config", _config, .. args, "--json", "--no-store"]);
        Assert.True(code == 0, stderr);
        return JsonDocument.Parse(stdout);
    }

    private static string? FirstEntry(JsonDocument doc) => doc.RootElement.GetProperty("trades")[0].GetProperty("entry_time").GetString();

    private static decimal FinalBalance(JsonDocument doc) => doc.RootElement.GetProperty("metrics").GetProperty("final_balance").GetDecimal();

    private static decimal SweptFinalBalance(JsonDocument doc, int fastPeriod) =>
        doc.RootElement.GetProperty("sweep").EnumerateArray()
            .Single(r => r.GetProperty("params").GetProperty("fast.period").GetDouble() == fastPeriod)
            .GetProperty("metrics").GetProperty("final_balance").GetDecimal();

    // Fills the database the runs read (DATABASE_URL): without --csv it is their source.
    private async Task SeedAsync(IReadOnlyList<Candle> candles)
    {
        using var database = await TradingDatabase.OpenAsync(_run.DatabasePath, new DatabaseOptions(), TimeProvider.System, Logger.None, CancellationToken.None);
        var result = await database.Candles.UpsertAsync(Series, candles, CancellationToken.None);
        Assert.Empty(result.Rejected);
    }
}
