namespace Trader.Strategies.Rules;

/// <summary>
/// Parameters of the <c>rules</c> strategy: named indicators from the catalog and two expressions over them.
/// The expressions are kept as text with their positions; the rules language parses them when the strategy is built.
/// </summary>
/// <param name="Indicators">Indicators by alias, in file order.</param>
/// <param name="Entry">Expression that enters a position when true at a candle close.</param>
/// <param name="Exit">Expression that exits a position when true at a candle close.</param>
public sealed record RulesParams(IReadOnlyList<IndicatorSpec> Indicators, RuleText Entry, RuleText Exit)
{
    /// <summary>The config file the params came from, for error messages (<c>file:line:column</c>); not a YAML key.</summary>
    public string Source { get; init; } = "strategy.params";
}
