namespace Trader.Strategies.Rules;

/// <summary>Prefix operators.</summary>
public enum UnaryOperator
{
    /// <summary><c>-x</c>, on numbers.</summary>
    Negate,

    /// <summary><c>not c</c>, on conditions.</summary>
    Not,
}
