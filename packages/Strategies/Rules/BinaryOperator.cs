namespace Trader.Strategies.Rules;

/// <summary>Infix operators, listed from the loosest binding to the tightest (see docs/rules.md).</summary>
public enum BinaryOperator
{
    Or,
    And,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    CrossesAbove,
    CrossesBelow,
    Add,
    Subtract,
    Multiply,
    Divide,
}
