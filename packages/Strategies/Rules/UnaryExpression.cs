namespace Trader.Strategies.Rules;

/// <summary><c>-x</c> or <c>not c</c>.</summary>
public sealed record UnaryExpression(UnaryOperator Operator, RuleNode Operand, int Start) : RuleNode(Start, Operand.End)
{
    public override string ToString() => Operator == UnaryOperator.Negate ? $"(-{Operand})" : $"(not {Operand})";
}
