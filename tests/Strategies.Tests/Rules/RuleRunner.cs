using Trader.Strategies.Rules;
using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Strategies.Tests.Rules;

/// <summary>Compiles one rule and evaluates it over candles built from closes (open = high = low = close unless given).</summary>
public static class RuleRunner
{
    public static Candle Bar(int i, double close, double volume = 1) =>
        new(1_700_000_000_000L + i * 60_000L, close, close, close, close, volume);

    public static CompiledRule Compile(string text, IReadOnlyDictionary<string, IIndicator>? indicators = null, IReadOnlyDictionary<string, double>? constants = null) =>
        new RuleCompiler(new RuleBindings(indicators ?? new Dictionary<string, IIndicator>(), constants)).Compile(new RuleText(text));

    /// <summary>The rule's value after each candle; indicators are fed before the series advance, as the strategy does.</summary>
    public static bool?[] Run(string text, double[] closes, IReadOnlyDictionary<string, IIndicator>? indicators = null, IReadOnlyDictionary<string, double>? constants = null)
    {
        var rule = Compile(text, indicators, constants);
        var results = new bool?[closes.Length];
        for (int i = 0; i < closes.Length; i++)
        {
            var candle = Bar(i, closes[i]);
            foreach (var indicator in (indicators ?? new Dictionary<string, IIndicator>()).Values.Distinct()) indicator.Add(candle);
            rule.Series.Advance(candle);
            results[i] = rule.Evaluate();
        }
        return results;
    }

    public static RuleException Error(string text, IReadOnlyDictionary<string, IIndicator>? indicators = null, int line = 1, int column = 1) =>
        Assert.Throws<RuleException>(() =>
            new RuleCompiler(new RuleBindings(indicators ?? new Dictionary<string, IIndicator>())).Compile(new RuleText(text, line, column)));
}
