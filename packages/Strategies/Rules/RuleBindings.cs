using Trader.Indicators.Catalog;

namespace Trader.Strategies.Rules;

/// <summary>The names a rule may use besides the candle fields (open, high, low, close, volume).</summary>
/// <param name="Indicators">Indicator instances by alias, e.g. <c>rsi</c>, <c>ema200</c>; <c>alias</c> reads field 0, <c>alias.field</c> any field.</param>
/// <param name="Constants">Named numbers, e.g. strategy params such as <c>oversold = 30</c>; null for none.</param>
public sealed record RuleBindings(
    IReadOnlyDictionary<string, IIndicator> Indicators,
    IReadOnlyDictionary<string, double>? Constants = null)
{
    /// <summary>Bindings with candle fields only.</summary>
    public static RuleBindings CandlesOnly { get; } = new(new Dictionary<string, IIndicator>());
}
