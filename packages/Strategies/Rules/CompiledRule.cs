namespace Trader.Strategies.Rules;

/// <summary>A rule bound to its series, evaluated at the latest candle recorded in <see cref="Series"/>, in O(size of the rule).</summary>
public sealed class CompiledRule
{
    private readonly ConditionNode _root;
    private readonly (ConditionNode Node, string Text)[] _clauses;

    internal CompiledRule(RuleText source, RuleNode syntax, RuleSeries series, ConditionNode root, (ConditionNode, string)[] clauses)
    {
        Source = source;
        Syntax = syntax;
        Series = series;
        _root = root;
        _clauses = clauses;
    }

    /// <summary>The text it was compiled from.</summary>
    public RuleText Source { get; }

    /// <summary>The parse tree.</summary>
    public RuleNode Syntax { get; }

    /// <summary>The histories it reads.</summary>
    public RuleSeries Series { get; }

    /// <summary>True or false, or null when undefined (an operand it needed was NaN or lacked history).</summary>
    public bool? Evaluate() => _root.Test(0) switch
    {
        Truth.True => true,
        Truth.False => false,
        _ => null,
    };

    /// <summary>True only when the rule is defined and holds; undefined counts as false.</summary>
    public bool IsTrue() => _root.Test(0) == Truth.True;

    /// <summary>
    /// The text of the first top-level <c>or</c> clause that holds now (the whole rule when it has no top-level
    /// <c>or</c>), for signal reasons; null when the rule does not hold.
    /// </summary>
    public string? FiredClause()
    {
        foreach (var (node, text) in _clauses)
        {
            if (node.Test(0) == Truth.True) return text;
        }
        return null;
    }
}
