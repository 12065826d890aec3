using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Trader.Indicators.Catalog;

namespace Trader.Strategies.Rules;

/// <summary>
/// Binds parsed rules to candle fields, indicator aliases and constants, checks that numbers and conditions
/// are used where each belongs, and builds the evaluators. Rules compiled by one compiler share one
/// <see cref="RuleSeries"/>; compile them all before the first candle.
/// </summary>
public sealed partial class RuleCompiler
{
    private static readonly FrozenDictionary<string, CandleField> CandleFields = new Dictionary<string, CandleField>
    {
        ["open"] = CandleField.Open,
        ["high"] = CandleField.High,
        ["low"] = CandleField.Low,
        ["close"] = CandleField.Close,
        ["volume"] = CandleField.Volume,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(["and", "or", "not", "crosses_above", "crosses_below"], StringComparer.Ordinal);

    private readonly RuleBindings _bindings;
    private readonly string _knownNames;

    /// <exception cref="ArgumentException">An alias or constant is not a valid name, is a keyword or candle field, or is declared twice.</exception>
    public RuleCompiler(RuleBindings bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        var constants = bindings.Constants ?? new Dictionary<string, double>();
        foreach (var name in bindings.Indicators.Keys.Concat(constants.Keys))
        {
            if (!NamePattern().IsMatch(name) || Keywords.Contains(name) || CandleFields.ContainsKey(name))
            {
                throw new ArgumentException(
                    $"'{name}' cannot name an indicator or constant: use letters, digits and '_' (starting with a letter), and none of {string.Join(", ", CandleFields.Keys.Concat(Keywords))}.",
                    nameof(bindings));
            }
        }
        if (bindings.Indicators.Keys.Intersect(constants.Keys).FirstOrDefault() is { } clash)
        {
            throw new ArgumentException($"'{clash}' is both an indicator alias and a constant; rename one.", nameof(bindings));
        }
        _bindings = bindings with { Constants = constants };
        _knownNames = string.Join(", ", CandleFields.Keys.Order(StringComparer.Ordinal)
            .Concat(bindings.Indicators.Keys.Order(StringComparer.Ordinal))
            .Concat(constants.Keys.Order(StringComparer.Ordinal)));
    }

    /// <summary>The histories the compiled rules read; advance it once per closed candle, after the indicators.</summary>
    public RuleSeries Series { get; } = new();

    /// <summary>Parses and binds one rule, which must be a condition.</summary>
    /// <exception cref="RuleException">Syntax error, unknown name or field, or a number where a condition belongs (or the reverse).</exception>
    /// <exception cref="InvalidOperationException">Candles were already recorded in <see cref="Series"/>.</exception>
    public CompiledRule Compile(RuleText rule)
    {
        var syntax = RuleParser.Parse(rule);
        var binder = new Binder(this, rule);
        var root = binder.Condition(syntax, 0);
        var clauses = TopLevelOrClauses(syntax)
            .Select(c => (ReferenceEquals(c, syntax) ? root : binder.Condition(c, 0), Normalize(rule.Text[c.Start..c.End])))
            .ToArray();
        return new CompiledRule(rule, syntax, Series, root, clauses);
    }

    private static IEnumerable<RuleNode> TopLevelOrClauses(RuleNode node) =>
        node is BinaryExpression { Operator: BinaryOperator.Or } or
            ? TopLevelOrClauses(or.Left).Concat(TopLevelOrClauses(or.Right))
            : [node];

    private static string Normalize(string text) => WhiteSpace().Replace(text.Trim(), " ");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private static bool IsCondition(RuleNode node) =>
        node is BinaryExpression { IsComparison: true } or BinaryExpression { IsLogical: true } or UnaryExpression { Operator: UnaryOperator.Not };

    private sealed class Binder(RuleCompiler compiler, RuleText rule)
    {
        public ConditionNode Condition(RuleNode node, int lag)
        {
            switch (node)
            {
                case UnaryExpression { Operator: UnaryOperator.Not } not:
                    return new NotNode(Condition(not.Operand, lag));
                case BinaryExpression { Operator: BinaryOperator.And } and:
                    return new AndNode(Condition(and.Left, lag), Condition(and.Right, lag));
                case BinaryExpression { Operator: BinaryOperator.Or } or:
                    return new OrNode(Condition(or.Left, lag), Condition(or.Right, lag));
                case BinaryExpression { Operator: BinaryOperator.CrossesAbove or BinaryOperator.CrossesBelow } cross:
                    // A cross reads both sides one candle further back too.
                    return new CrossNode(cross.Operator == BinaryOperator.CrossesAbove, Number(cross.Left, lag + 1), Number(cross.Right, lag + 1));
                case BinaryExpression { IsComparison: true } compare:
                    return new CompareNode(compare.Operator, Number(compare.Left, lag), Number(compare.Right, lag));
                default:
                    throw RuleException.At(rule, node.Start,
                        $"expected a condition (a comparison such as rsi < 30, joined by and/or/not) but '{Snippet(node)}' is a number");
            }
        }

        // "reach" is how many candles before the current one this value may be read (crosses add one).
        private NumberNode Number(RuleNode node, int reach)
        {
            if (IsCondition(node))
            {
                throw RuleException.At(rule, node.Start,
                    $"expected a number but '{Snippet(node)}' is a condition; conditions can only be joined with and/or/not");
            }
            return node switch
            {
                NumberLiteral literal => new ConstantNode(literal.Value),
                SeriesReference reference => Reference(reference, reach),
                UnaryExpression negate => new NegateNode(Number(negate.Operand, reach)),
                BinaryExpression arithmetic => new ArithmeticNode(arithmetic.Operator, Number(arithmetic.Left, reach), Number(arithmetic.Right, reach)),
                _ => throw new InvalidOperationException($"Unexpected rule node {node.GetType().Name}."),
            };
        }

        private NumberNode Reference(SeriesReference reference, int reach)
        {
            string name = reference.Name;
            int capacity = reference.Offset + reach + 1;
            if (CandleFields.TryGetValue(name, out var candleField))
            {
                if (reference.Field is not null)
                {
                    throw RuleException.At(rule, reference.FieldStart, $"candle field '{name}' has no fields; write {name} alone");
                }
                return new SeriesNode(compiler.Series.Get(name, candleField, null, 0, capacity), reference.Offset);
            }
            if (compiler._bindings.Constants!.TryGetValue(name, out double constant))
            {
                if (reference.Field is not null || reference.Offset != 0)
                {
                    throw RuleException.At(rule, reference.Field is null ? reference.Start : reference.FieldStart,
                        $"'{name}' is a constant ({constant}); it has no fields or history, write {name} alone");
                }
                return new ConstantNode(constant);
            }
            if (compiler._bindings.Indicators.TryGetValue(name, out var indicator))
            {
                int field = 0;
                if (reference.Field is { } fieldName)
                {
                    field = indicator.Definition.FieldIndex(fieldName);
                    if (field < 0)
                    {
                        throw RuleException.At(rule, reference.FieldStart,
                            $"indicator '{name}' ({indicator.Definition.Name}) has no field '{fieldName}'. Fields: {string.Join(", ", indicator.Definition.Fields)}");
                    }
                }
                return new SeriesNode(compiler.Series.Get(name, CandleField.Close, indicator, field, capacity), reference.Offset);
            }
            throw RuleException.At(rule, reference.Start, $"unknown name '{name}'. Known: {compiler._knownNames}");
        }

        private string Snippet(RuleNode node) => Normalize(rule.Text[node.Start..node.End]);
    }
}
