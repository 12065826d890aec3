namespace Trader.Strategies.Rules;

/// <summary>One indicator a <c>rules</c> strategy declares, validated against the indicator catalog.</summary>
/// <param name="Alias">Name the expressions use, e.g. <c>fast</c> for an EMA(9).</param>
/// <param name="Kind">Catalog name, e.g. <c>ema</c>.</param>
/// <param name="Arguments">Parameters as written (the catalog fills defaults when the strategy is built).</param>
/// <param name="Line">1-based line of the alias in the config file.</param>
/// <param name="Column">1-based column of the alias.</param>
public sealed record IndicatorSpec(string Alias, string Kind, IReadOnlyDictionary<string, double> Arguments, int Line, int Column);
