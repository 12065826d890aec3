using Trader.Domain;
using Trader.Strategies;
using Trader.Strategies.Rsi;
using Trader.Strategies.Rules;
using Trader.Hosting.Config;
using Trader.Hosting.Tests.Config;

namespace Trader.Strategies.Tests.Rules;

public sealed class RulesWiringTests : IDisposable
{
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    private static string Yaml(string indicators, string entry, string exit) => $"""
        exchange: binance
        symbol: BTC/USDT
        timeframe: 1h
        strategy:
          type: rules
          params:
            indicators:
        {indicators}
            entry: {entry}
            exit: {exit}
        risk:
          stake: {"{ fraction: 0.1 }"}
        """;

    private const string RsiAndMacd = "      rsi: { kind: rsi, period: 2 }\n      macd: { kind: macd, fast_period: 2, slow_period: 3, signal_period: 2 }";

    [Fact]
    public void Load_UnknownNameInEntry_ReportsFileLineAndColumnOfTheName()
    {
        // Line 10 is "    entry: rsi < 30 and clse > 1"; 'clse' starts at column 25.
        var (path, lines) = _files.Errors(Yaml(RsiAndMacd, "rsi < 30 and clse > 1", "rsi > 70"));

        Assert.Equal($"{path}:10:25: unknown name 'clse'. Known: close, high, low, open, volume, macd, rsi", Assert.Single(lines));
    }

    [Fact]
    public void Load_QuotedExitWithUnknownField_ColumnPointsIntoTheExpression()
    {
        // Line 11 is "    exit: \"macd.hist < 0\""; the quote is column 11, 'hist' column 17.
        var (path, lines) = _files.Errors(Yaml(RsiAndMacd, "rsi < 30", "\"macd.hist < 0\""));

        TempConfig.Single(path, lines, 11, $"{path}:11:17: indicator 'macd' (macd) has no field 'hist'. Fields: macd, signal, histogram");
    }

    [Fact]
    public void Load_MistakesInEntryAndExit_BothReported()
    {
        var (path, lines) = _files.Errors(Yaml(RsiAndMacd, "rsi < 30 and", "rsi = 70"));

        Assert.Equal(2, lines.Length);
        TempConfig.Single(path, lines, 10, $"{path}:10:24: expected a value after 'and'");
        TempConfig.Single(path, lines, 11, $"{path}:11:15: unexpected '='");
    }

    [Fact]
    public void Load_AliasIsACandleField_ReportedAtTheAlias()
    {
        var (path, lines) = _files.Errors(Yaml("      close: { kind: sma, period: 3 }", "close > 1", "close < 1"));

        TempConfig.Single(path, lines, 8, $"{path}:8:7: indicator alias 'close' cannot name an indicator");
    }

    [Fact]
    public void Load_UnknownIndicatorParameter_ReportedAtTheParameter()
    {
        var (path, lines) = _files.Errors(Yaml("      rsi: { kind: rsi, perod: 14 }", "rsi < 30", "rsi > 70"));

        TempConfig.Single(path, lines, 8, "Unknown parameter 'perod' for indicator 'rsi'", "Did you mean 'period'?");
    }

    [Fact]
    public void Create_LoadedRules_FiresLikeTheRulesSay()
    {
        var config = _files.Load(Yaml(RsiAndMacd, "rsi crosses_above 30", "rsi crosses_below 70"));

        var strategy = Assert.IsType<RulesStrategy>(StrategyRegistry.Create(config.Strategy));
        var fired = Bars.Fired(Bars.Run(strategy, Bars.FromCloses(10, 9, 8, 7, 8, 9, 10, 11, 10, 9)));

        // The same RSI(2) path as RsiStrategyTests: up through 30 at index 4, down through 70 at index 8.
        Assert.Equal(
            [(4, SignalKind.Enter, "entry rule: rsi crosses_above 30"), (8, SignalKind.Exit, "exit rule: rsi crosses_below 70")],
            fired);
    }

    [Fact]
    public void Create_EachCall_GivesFreshState()
    {
        var config = _files.Load(Yaml(RsiAndMacd, "rsi crosses_above 30", "rsi crosses_below 70"));
        var candles = Bars.FromCloses(10, 9, 8, 7, 8, 9, 10, 11, 10, 9);
        var first = StrategyRegistry.Create(config.Strategy);
        Bars.Run(first, candles);

        Assert.Equal(Bars.Run(StrategyRegistry.Create(config.Strategy), candles), Bars.Run(StrategyRegistry.Create(config.Strategy), candles));
        Assert.NotSame(first, StrategyRegistry.Create(config.Strategy));
    }

    [Fact]
    public void Create_ProgrammaticParamsWithUnknownKind_ConfigErrorWithFileLineAndColumn()
    {
        var parameters = new RulesParams(
            [new IndicatorSpec("x", "no_such", new Dictionary<string, double>(), 12, 7)], new RuleText("x > 1", 14, 12), new RuleText("x < 1", 15, 11)) { Source = "my.yaml" };

        var e = Assert.Throws<ConfigException>(() => StrategyRegistry.Create(new StrategyConfig("rules", parameters)));

        Assert.StartsWith("my.yaml:12:7: unknown indicator kind 'no_such' for 'x'", e.Message);
    }

    [Fact]
    public void Create_ProgrammaticParamsWithBadExpression_ConfigErrorWithFileLineAndColumn()
    {
        var parameters = new RulesParams([], new RuleText("close >> 1", 14, 12), new RuleText("close < 1", 15, 11)) { Source = "my.yaml" };

        var e = Assert.Throws<ConfigException>(() => StrategyRegistry.Create(new StrategyConfig("rules", parameters)));

        Assert.StartsWith("my.yaml:14:19: ", e.Message);
    }

    [Fact]
    public void Create_ParamsOfAnotherType_ConfigError()
    {
        var e = Assert.Throws<ConfigException>(() => StrategyRegistry.Create(new StrategyConfig("macd", new RsiParams())));

        Assert.Contains("strategy 'macd' takes MacdParams, got RsiParams", e.Message);
    }

    [Fact]
    public void Create_ShippedRulesExample_BuildsAndWarmsUpAfterEma200()
    {
        var config = ConfigLoader.Load(Path.Combine(Bars.RepoRoot(), "config", "strategies", "rules_example.yaml"));

        Assert.IsType<RulesStrategy>(StrategyRegistry.Create(config.Strategy));
        // ema200 has a value from candle 200; nothing the rules read needs longer.
        Assert.Equal(200, StrategyRegistry.WarmupCandles(config.Strategy));
    }
}
