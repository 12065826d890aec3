namespace Trader.Core.Strategies.Rules;

/// <summary>An expression of the rules language as written in the YAML, with where it starts so parse errors can point at it.</summary>
/// <param name="Text">The expression, e.g. <c>rsi &lt; 30 and close &gt; ema</c>; never empty.</param>
/// <param name="Line">1-based line of the expression's first character in the config file.</param>
/// <param name="Column">1-based column of the expression's first character.</param>
public sealed record RuleText(string Text, int Line, int Column);
