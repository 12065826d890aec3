using Trader.Domain;
using Trader.Hosting.Config;

namespace Trader.Hosting.Tests.Config;

public sealed class BackfillConfigLoaderTests : IDisposable
{
    private const string Valid = "exchange: binance\nsymbols: [BTC/USDT, ETH/USDT]\ntimeframes: [1h, 15m]\nsince: 2024-01-01\n";
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    private static string[] Problems(string yaml)
    {
        var e = Assert.Throws<ConfigException>(() => BackfillConfigLoader.Parse(yaml, "b.yaml"));
        var lines = e.Message.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal($"b.yaml: {lines.Length - 1} problem{(lines.Length == 2 ? "" : "s")} in the backfill config:", lines[0]);
        return lines[1..];
    }

    [Fact]
    public void Parse_Valid_ReadsEveryKey()
    {
        var config = BackfillConfigLoader.Parse(Valid + "until: 2024-02-01\nevery: 15m\n", "b.yaml");

        Assert.Equal("binance", config.Exchange);
        Assert.Equal(["BTC/USDT", "ETH/USDT"], config.Symbols);
        Assert.Equal([Timeframe.H1, Timeframe.M15], config.Timeframes);
        Assert.Equal((TimeText.ParseInstantMs("2024-01-01", "since"), TimeText.ParseInstantMs("2024-02-01", "until")), (config.SinceMs, config.UntilMs));
        Assert.Equal(TimeSpan.FromMinutes(15), config.Every);
    }

    [Fact]
    public void Parse_CommaSeparatedValuesAndEmptyOptionals_ReadLikeLists()
    {
        var config = BackfillConfigLoader.Parse("exchange: sim\nsymbols: BTC/USDT, ETH/USDT\ntimeframes: 1h\nsince: 1704067200000\nuntil:\nevery: ~\n", "b.yaml");

        Assert.Equal(["BTC/USDT", "ETH/USDT"], config.Symbols);
        Assert.Equal([Timeframe.H1], config.Timeframes);
        Assert.Equal((1704067200000L, (long?)null, (TimeSpan?)null), (config.SinceMs, config.UntilMs, config.Every));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEachAtItsLineWithTheInstanceLoadersWords()
    {
        var problems = Problems("exchange: binanse\nsymbols: [BTC/USDT, btcusdt]\ntimeframes: 1h, 7h\nsince: soon\nevery: often\n");

        string[] expected =
        [
            "b.yaml:1:11: unknown exchange 'binanse'. Allowed: binance, bybit, coinbase, kraken, sim. Did you mean 'binance'?",
            "b.yaml:2:21: 'symbols' must be BASE/QUOTE in capitals, e.g. BTC/USDT, got 'btcusdt'",
            $"b.yaml:3:13: unknown timeframe '7h' for 'timeframes'. Allowed: {Timeframe.AcceptedValues}.",
            "b.yaml:4:8: since: 'soon' is not a time; use ISO 8601 UTC (2024-01-01 or 2024-01-01T12:00:00Z) or Unix milliseconds",
            "b.yaml:5:8: every: 'often' is not a duration; use a positive whole number and one of ms, s, m, h, d, w, e.g. 1h, 15m, 30d or 500ms.",
        ];

        Assert.Equal(expected.Length, problems.Length);
        Assert.All(expected.Zip(problems), pair => Assert.StartsWith(pair.First, pair.Second)); // the timeframe's may add a near miss
    }

    [Fact]
    public void Parse_UnknownAndMissingKeys_NameTheAllowedKeysAndANearMiss()
    {
        var problems = Problems("exchange: binance\nsymbols: [BTC/USDT]\ntimeframe: [1h]\nsince: 2024-01-01\n");

        Assert.Contains("b.yaml:1:1: missing required key 'timeframes': e.g. [1h, 15m]", problems);
        Assert.Contains("b.yaml:3:1: unknown key 'timeframe' at the top level. Allowed: exchange, symbols, timeframes, since, until, every. Did you mean 'timeframes'?", problems);
    }

    [Theory]
    [InlineData("symbols: []", "b.yaml:2:10: 'symbols' must list at least one value, e.g. [BTC/USDT, ETH/USDT]")]
    [InlineData("symbols: { a: 1 }", "b.yaml:2:10: 'symbols' must be a list or one comma-separated value, e.g. [BTC/USDT, ETH/USDT], got a mapping")]
    [InlineData("symbols: [[BTC/USDT]]", "b.yaml:2:11: 'symbols' entries must be single values, got a list")]
    public void Parse_SymbolsNotAList_SaysWhatAListLooksLike(string symbols, string expected)
    {
        Assert.Equal([expected], Problems(Valid.Replace("symbols: [BTC/USDT, ETH/USDT]", symbols, StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_UntilBeforeSince_ReportsUntil()
    {
        Assert.Equal(["b.yaml:5:8: 'until' must be after 'since'"], Problems(Valid.Replace("2024-01-01", "2024-02-01", StringComparison.Ordinal) + "until: 2024-01-01\n"));
    }

    [Theory]
    [InlineData("", "b.yaml:1:1: the file is empty; expected a mapping with keys exchange, symbols, timeframes, since, until, every")]
    [InlineData("- BTC/USDT\n", "b.yaml:1:1: the file must be a mapping of keys (exchange, symbols, timeframes, since, until, every), got a list")]
    [InlineData("exchange: [binance\n", "b.yaml:2:1: YAML syntax error:")]
    public void Parse_NotAMapping_IsReportedLikeAnInstanceFile(string yaml, string expected)
    {
        Assert.StartsWith(expected, Assert.Single(Problems(yaml)));
    }

    [Fact]
    public void Parse_TwoDocuments_IsRefused()
    {
        Assert.Equal(["b.yaml:6:1: only one YAML document is allowed per backfill file (remove the second '---')"], Problems(Valid + "---\n" + Valid));
    }

    // The trader's rule for a symbol is the backfiller's: a series the backfiller stores is one the trader can trade.
    [Theory]
    [InlineData("btc;rm")]
    [InlineData("btc/usdt")]
    [InlineData("BTC/USDT;rm")]
    public void Parse_SymbolTheTraderRefuses_IsRefusedWithTheTradersMessage(string symbol)
    {
        string expected = $"must be BASE/QUOTE in capitals, e.g. BTC/USDT, got '{symbol}'";
        var (path, traderLines) = _files.Errors(TempConfig.Valid.Replace("symbol: BTC/USDT", $"symbol: {symbol}", StringComparison.Ordinal));

        TempConfig.Single(path, traderLines, 2, $"'symbol' {expected}");
        Assert.Equal([$"b.yaml:2:21: 'symbols' {expected}"], Problems(Valid.Replace("ETH/USDT", symbol, StringComparison.Ordinal)));
        Assert.Equal($"'--symbol' {expected}", Assert.Throws<ConfigException>(() => SeriesValues.ParseSymbol(symbol, "--symbol")).Message);
    }

    [Fact]
    public void ParseExchangeAndTimeframe_OnTheCommandLine_SayWhatTheLoadersSay()
    {
        Assert.Equal("--exchange: unknown exchange 'binanse'. Allowed: binance, bybit, coinbase, kraken, sim. Did you mean 'binance'?",
            Assert.Throws<ConfigException>(() => SeriesValues.ParseExchange("binanse", "--exchange")).Message);
        Assert.StartsWith("unknown timeframe '1H' for '--timeframe'. Allowed: 1m,",
            Assert.Throws<ConfigException>(() => SeriesValues.ParseTimeframe("1H", "--timeframe")).Message);
        Assert.Equal(Timeframe.H4, SeriesValues.ParseTimeframe("4h", "--timeframe"));
    }

    [Fact]
    public void Load_Directory_SaysItIsADirectory()
    {
        string dir = Path.GetDirectoryName(_files.Write(Valid, "backfill.yaml"))!;

        var e = Assert.Throws<ConfigException>(() => BackfillConfigLoader.Load(dir));

        Assert.Contains("is a directory, not a backfill config", e.Message);
    }
}
