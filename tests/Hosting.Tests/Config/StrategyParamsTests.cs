using Trader.Domain;
using Trader.Strategies;
using Trader.Strategies.BollingerReversion;
using Trader.Strategies.Macd;
using Trader.Strategies.Rules;
using Trader.Strategies.Scalping;
using Trader.Strategies.TrendFollowing;
using Trader.Indicators.Catalog;

namespace Trader.Hosting.Tests.Config;

public sealed class StrategyParamsTests : IDisposable
{
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    private static string WithStrategy(string strategyBlock) =>
        "exchange: sim\nsymbol: BTC/USDT\ntimeframe: 1h\n" + strategyBlock.ReplaceLineEndings("\n") + "\nrisk:\n  stake: { fraction: 0.1 }\n";

    [Theory]
    [InlineData("rsi")] [InlineData("macd")] [InlineData("rsi_macd")] [InlineData("ma_crossover")]
    [InlineData("bollinger_reversion")] [InlineData("trend_following")] [InlineData("scalping")]
    public void Load_BuiltInWithoutParams_BindsDefaultsOfItsRecord(string type)
    {
        var config = _files.Load(WithStrategy($"strategy: {{ type: {type} }}"));
        Assert.True(StrategyRegistry.TryFind(type, out var definition));
        Assert.IsType(definition.ParamsType, config.Strategy.Params);
        Assert.Empty(((IValidatedConfig)config.Strategy.Params).Violations());
    }

    [Fact]
    public void Load_Defaults_MatchDocumentedValues()
    {
        Assert.Equal(new MacdParams(12, 26, 9), _files.Load(WithStrategy("strategy: { type: macd }")).Strategy.Params);
        Assert.Equal(new BollingerReversionParams(20, 2), _files.Load(WithStrategy("strategy: { type: bollinger_reversion }")).Strategy.Params);
        Assert.Equal(new TrendFollowingParams(50, 10, 3, 14, 20), _files.Load(WithStrategy("strategy: { type: trend_following }")).Strategy.Params);
        Assert.Equal(new ScalpingParams(7, 25, 75, 20, 2, 12), _files.Load(WithStrategy("strategy: { type: scalping }")).Strategy.Params);
    }

    [Theory]
    [InlineData("rsi", "{ oversold: 80 }", "'strategy.params.oversold' must be less than 'overbought' (70), got 80")]
    [InlineData("macd", "{ fast: 26 }", "'strategy.params.fast' must be less than 'slow' (26), got 26")]
    [InlineData("bollinger_reversion", "{ std_dev: 0 }", "'strategy.params.std_dev' must be above 0 and at most 10")]
    [InlineData("trend_following", "{ atr_multiplier: -1 }", "'strategy.params.atr_multiplier' must be above 0")]
    [InlineData("scalping", "{ max_hold_candles: 0 }", "'strategy.params.max_hold_candles' must be at least 1, got 0")]
    [InlineData("ma_crossover", "{ fast: 50, slow: 20 }", "'strategy.params.fast' must be less than 'slow' (20), got 50")]
    public void Load_ParamOutOfRange_ReportedAtItsKey(string type, string parameters, string fragment)
    {
        var (path, lines) = _files.Errors(WithStrategy($"strategy:\n  type: {type}\n  params: {parameters}"));
        TempConfig.Single(path, lines, 6, fragment);
    }

    [Fact]
    public void Load_UnknownStrategyKey_ListsTypeAndParams()
    {
        var (path, lines) = _files.Errors(WithStrategy("strategy:\n  type: rsi\n  parms: { period: 14 }"));
        TempConfig.Single(path, lines, 6, "unknown key 'parms' under 'strategy'. Allowed: type, params.", "Did you mean 'params'?");
    }

    [Fact]
    public void Load_Rules_KeepsExpressionTextAndPosition()
    {
        var config = _files.Load(WithStrategy("""
            strategy:
              type: rules
              params:
                indicators: {}
                entry: "close > open"
                exit: close < open
            """));
        var rules = Assert.IsType<RulesParams>(config.Strategy.Params);
        Assert.Empty(rules.Indicators);
        Assert.Equal(new RuleText("close > open", 8, 13), rules.Entry);
        Assert.Equal(new RuleText("close < open", 9, 11), rules.Exit);
    }

    [Fact]
    public void Load_RulesMissingAndEmptyExpressions_ReportedAtTheirKeys()
    {
        var (path, lines) = _files.Errors(WithStrategy("""
            strategy:
              type: rules
              params:
                entry: "  "
            """));
        TempConfig.Single(path, lines, 7, "missing required key 'strategy.params.indicators'");
        TempConfig.Single(path, lines, 7, "missing required key 'strategy.params.exit'");
        TempConfig.Single(path, lines, 7, "'strategy.params.entry' must be a non-empty expression");
    }

    [Fact]
    public void Load_RulesIndicatorProblems_ReportedPerAlias()
    {
        var (path, lines) = _files.Errors(WithStrategy("""
            strategy:
              type: rules
              params:
                indicators:
                  Fast: { kind: no_such_indicator }
                  slow: { period: 20 }
                  third: { kind: ema, period: twenty }
                entry: fast > slow
                exit: fast < slow
                extra: 1
            """));
        TempConfig.Single(path, lines, 8, "indicator alias 'Fast' must start with a letter");
        TempConfig.Single(path, lines, 8, "unknown indicator kind 'no_such_indicator' for 'strategy.params.indicators.Fast'");
        TempConfig.Single(path, lines, 9, "missing required key 'strategy.params.indicators.slow.kind'");
        TempConfig.Single(path, lines, 10, "'strategy.params.indicators.third.period' must be a number, got 'twenty'");
        TempConfig.Single(path, lines, 13, "unknown key 'extra' under 'strategy.params'. Allowed: indicators, entry, exit.");
    }

    [Fact]
    public void Load_RulesWithCatalogIndicators_ValidatesKindAndParams()
    {
        // Uses whatever the catalog holds at merge time; with an empty catalog there is nothing valid to name.
        var definition = IndicatorCatalog.All.FirstOrDefault(d => d.Parameters.Any(p => p.IsInteger));
        if (definition is null)
        {
            Assert.Empty(IndicatorCatalog.All);
            return;
        }
        var integer = definition.Parameters.First(p => p.IsInteger);
        var ok = _files.Load(WithStrategy($"strategy:\n  type: rules\n  params:\n    indicators:\n      a: {{ kind: {definition.Name}, {integer.Name}: {integer.Default} }}\n    entry: a > 0\n    exit: a < 0"));
        var spec = Assert.Single(Assert.IsType<RulesParams>(ok.Strategy.Params).Indicators);
        Assert.Equal((definition.Name, integer.Default, 8, 7), (spec.Kind, spec.Arguments[integer.Name], spec.Line, spec.Column));

        var (path, lines) = _files.Errors(WithStrategy($"strategy:\n  type: rules\n  params:\n    indicators:\n      a: {{ kind: {definition.Name}, {integer.Name}: {integer.Max + 1}, bogus: 1 }}\n    entry: a > 0\n    exit: a < 0"));
        Assert.Contains(lines, l => l.StartsWith($"{path}:8:", StringComparison.Ordinal) && l.Contains("strategy.params.indicators.a"));
    }
}
