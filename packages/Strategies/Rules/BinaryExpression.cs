namespace Trader.Strategies.Rules;

/// <summary><c>left op right</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
/// <param name="OperatorStart">Offset in the rule text of the operator.</param>
public sealed record BinaryExpression(BinaryOperator Operator, RuleNode Left, RuleNode Right, int OperatorStart) : RuleNode(Left.Start, Right.End)
{
    /// <summary>True for the operators that compare two numbers and give a condition.</summary>
    public bool IsComparison => Operator is >= BinaryOperator.Less and <= BinaryOperator.CrossesBelow;

    /// <summary>True for <c>and</c> and <c>or</c>.</summary>
    public bool IsLogical => Operator is BinaryOperator.And or BinaryOperator.Or;

    /// <summary>The operator as written in rules.</summary>
    public string Symbol => Operator switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.CrossesAbove => "crosses_above",
        BinaryOperator.CrossesBelow => "crosses_below",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        _ => "/",
    };

    public override string ToString() => $"({Left} {Symbol} {Right})";
}
