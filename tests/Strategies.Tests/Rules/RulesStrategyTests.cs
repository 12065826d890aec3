using Trader.Strategies.Rules;
using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Strategies.Tests.Rules;

public sealed class RulesStrategyTests
{
    private static Signal[] Run(RulesStrategy strategy, params double[] closes) =>
        closes.Select((c, i) => strategy.OnCandle(RuleRunner.Bar(i, c))).ToArray();

    [Fact]
    public void OnCandle_FeedsIndicatorsBeforeEvaluating()
    {
        // rsi after candle i is values[i]; an evaluation before feeding would see the previous candle's value.
        var rsi = new SequenceIndicator(50, 40, 25, 45, 75);
        var strategy = RulesStrategy.Create(
            new RuleBindings(new Dictionary<string, IIndicator> { ["rsi"] = rsi }),
            new RuleText("rsi < 30"),
            new RuleText("rsi > 70"));

        var kinds = Run(strategy, 1, 1, 1, 1, 1).Select(s => s.Kind).ToArray();
        Assert.Equal(new[] { SignalKind.None, SignalKind.None, SignalKind.Enter, SignalKind.None, SignalKind.Exit }, kinds);
    }

    [Fact]
    public void OnCandle_SignalReason_NamesTheRuleAndClauseThatFired()
    {
        var macd = new SequenceIndicator(["macd", "signal", "histogram"], [0, 0, 0], [0, 0, 0], [1, 0.5, -0.2]);
        var rsi = new SequenceIndicator(50, 50, 50);
        var strategy = RulesStrategy.Create(
            new RuleBindings(new Dictionary<string, IIndicator> { ["rsi"] = rsi, ["macd"] = macd }),
            new RuleText("rsi < 30"),
            new RuleText("rsi > 70 or\n  macd.histogram   crosses_below 0"));

        var signals = Run(strategy, 1, 1, 1);
        Assert.Equal(Signal.Exit("exit rule: macd.histogram crosses_below 0"), signals[2]);
        Assert.Equal(Signal.None, signals[1]);
    }

    [Fact]
    public void OnCandle_EntryAndExitBothHold_ExitWins()
    {
        var strategy = RulesStrategy.Create(RuleBindings.CandlesOnly, new RuleText("close > 5"), new RuleText("close > 8"));
        var signals = Run(strategy, 6, 9);
        Assert.Equal(Signal.Enter("entry rule: close > 5"), signals[0]);
        Assert.Equal(Signal.Exit("exit rule: close > 8"), signals[1]);
    }

    [Fact]
    public void OnCandle_IndicatorUnderTwoAliases_IsFedOncePerCandle()
    {
        var shared = new SequenceIndicator(1, 2, 3);
        var strategy = RulesStrategy.Create(
            new RuleBindings(new Dictionary<string, IIndicator> { ["a"] = shared, ["b"] = shared }),
            new RuleText("a == b"),
            null);
        Run(strategy, 1, 1, 1);
        Assert.Equal(3, shared.Added);
    }

    [Fact]
    public void OnCandle_WithoutExitRule_OnlyEnters()
    {
        var strategy = RulesStrategy.Create(RuleBindings.CandlesOnly, new RuleText("close crosses_above 10"), null);
        var kinds = Run(strategy, 9, 11, 9, 12).Select(s => s.Kind).ToArray();
        Assert.Equal(new[] { SignalKind.None, SignalKind.Enter, SignalKind.None, SignalKind.Enter }, kinds);
    }

    [Fact]
    public void OnCandle_TruncatedHistory_EarlierDecisionsUnchanged()
    {
        var closes = Trader.Domain.RandomWalk.Generate(7, Trader.Domain.Timeframe.H1, 1_700_000_000_000L, 300).Select(c => c.Close).ToArray();
        RulesStrategy Make() => RulesStrategy.Create(RuleBindings.CandlesOnly, new RuleText("close crosses_above close[5]"), new RuleText("close < close[1] * 0.99"));

        var full = Run(Make(), closes);
        var cut = Run(Make(), closes[..150]);
        Assert.Equal(full[..150], cut);
        Assert.Contains(full, s => s.Kind == SignalKind.Enter);
    }

    [Fact]
    public void Constructor_RulesFromDifferentCompilers_Throws()
    {
        var entry = new RuleCompiler(RuleBindings.CandlesOnly).Compile(new RuleText("close > 1"));
        var exit = new RuleCompiler(RuleBindings.CandlesOnly).Compile(new RuleText("close < 1"));
        Assert.Throws<ArgumentException>(() => new RulesStrategy(new Dictionary<string, IIndicator>(), entry, exit));
    }
}
