using System.Globalization;

namespace Trader.Strategies.Rules;

/// <summary>A number written in the rule, e.g. <c>30</c> or <c>0.5</c>.</summary>
public sealed record NumberLiteral(double Value, int Start, int End) : RuleNode(Start, End)
{
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
