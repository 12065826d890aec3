namespace Trader.Strategies.Rules;

/// <summary>
/// Recursive-descent (Pratt) parser from rule text to a <see cref="RuleNode"/> tree. Binding, loosest first:
/// <c>or</c>; <c>and</c>; <c>not</c>; comparisons and crosses (not chainable); <c>+ -</c>; <c>* /</c>;
/// unary <c>-</c>; <c>[n]</c>. Binary operators are left-associative.
/// </summary>
public sealed class RuleParser
{
    /// <summary>Greatest offset <c>x[n]</c> accepted; history buffers are sized by the offsets used.</summary>
    public const int MaxOffset = 1000;

    private const int OrPrecedence = 1;
    private const int AndPrecedence = 2;
    private const int NotPrecedence = 3;
    private const int ComparisonPrecedence = 4;
    private const int AdditivePrecedence = 5;
    private const int MultiplicativePrecedence = 6;
    private const int UnaryMinusPrecedence = 7;

    private readonly RuleText _rule;
    private readonly List<RuleToken> _tokens;
    private int _next;

    private RuleParser(RuleText rule)
    {
        _rule = rule;
        _tokens = RuleLexer.Tokenize(rule);
    }

    /// <summary>Parses one rule.</summary>
    /// <exception cref="RuleException">A syntax error; the position is in the file, from <paramref name="rule"/>'s line and column.</exception>
    public static RuleNode Parse(RuleText rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var parser = new RuleParser(rule);
        if (parser.Peek.Kind == RuleTokenKind.End)
        {
            throw parser.Error(parser.Peek, "the rule is empty; write a condition, e.g. rsi < 30 and close > ema200");
        }
        var node = parser.Expression(OrPrecedence);
        if (parser.Peek.Kind != RuleTokenKind.End)
        {
            throw parser.Error(parser.Peek, $"expected an operator (and, or, <, >, +, ...) or the end of the rule but found {parser.Peek.Describe()}");
        }
        return node;
    }

    private RuleToken Peek => _tokens[_next];

    private RuleToken Take() => _tokens[_next++];

    private RuleNode Expression(int minPrecedence)
    {
        var left = Prefix();
        // Set once this loop has built a comparison: another one at this level would chain them.
        bool builtComparison = false;
        while (true)
        {
            var token = Peek;
            if (Infix(token.Kind) is not (var op, var precedence) || precedence < minPrecedence) return left;
            Take();
            if (precedence == ComparisonPrecedence && builtComparison)
            {
                throw Error(token, $"comparisons cannot be chained: '{token.Text}' follows another comparison; join them with 'and', e.g. a < b and b < c");
            }
            var right = Operand(token, precedence + 1);
            left = new BinaryExpression(op, left, right, token.Start);
            builtComparison = precedence == ComparisonPrecedence;
        }
    }

    private RuleNode Operand(RuleToken after, int precedence)
    {
        if (Peek.Kind is RuleTokenKind.End or RuleTokenKind.RightParen or RuleTokenKind.RightBracket || Infix(Peek.Kind) is not null && Peek.Kind != RuleTokenKind.Minus)
        {
            throw Error(Peek, $"expected a value after '{after.Text}' but found {Peek.Describe()}");
        }
        return Expression(precedence);
    }

    private RuleNode Prefix()
    {
        var token = Take();
        switch (token.Kind)
        {
            case RuleTokenKind.Number:
                return new NumberLiteral(token.Number, token.Start, token.Start + token.Text.Length);
            case RuleTokenKind.Identifier:
                return Reference(token);
            case RuleTokenKind.Minus:
                return new UnaryExpression(UnaryOperator.Negate, Operand(token, UnaryMinusPrecedence), token.Start);
            case RuleTokenKind.Not:
                return new UnaryExpression(UnaryOperator.Not, Operand(token, NotPrecedence), token.Start);
            case RuleTokenKind.LeftParen:
                var inner = Operand(token, OrPrecedence);
                if (Peek.Kind != RuleTokenKind.RightParen)
                {
                    var (_, column) = _rule.PositionOf(token.Start);
                    throw Error(Peek, $"expected ')' to close the '(' at column {column} but found {Peek.Describe()}");
                }
                Take();
                return inner;
            default:
                throw Error(token, $"expected a number, a name or '(' but found {token.Describe()}");
        }
    }

    private SeriesReference Reference(RuleToken name)
    {
        string? field = null;
        int fieldStart = name.Start;
        int end = name.Start + name.Text.Length;
        if (Peek.Kind == RuleTokenKind.Dot)
        {
            Take();
            var fieldToken = Take();
            if (fieldToken.Kind != RuleTokenKind.Identifier)
            {
                throw Error(fieldToken, $"expected a field name after '{name.Text}.' (e.g. {name.Text}.signal) but found {fieldToken.Describe()}");
            }
            field = fieldToken.Text;
            fieldStart = fieldToken.Start;
            end = fieldToken.Start + fieldToken.Text.Length;
        }

        int offset = 0;
        if (Peek.Kind == RuleTokenKind.LeftBracket)
        {
            Take();
            var number = Take();
            if (number.Kind != RuleTokenKind.Number || number.Number != Math.Floor(number.Number) || number.Number > MaxOffset)
            {
                throw Error(number, $"expected a whole number of candles back from 0 to {MaxOffset}, e.g. close[1], but found {number.Describe()}");
            }
            offset = (int)number.Number;
            var close = Take();
            if (close.Kind != RuleTokenKind.RightBracket)
            {
                throw Error(close, $"expected ']' after the offset but found {close.Describe()}");
            }
            end = close.Start + 1;
            if (Peek.Kind == RuleTokenKind.LeftBracket)
            {
                throw Error(Peek, "only one offset per value: write close[2], not close[1][1]");
            }
        }
        return new SeriesReference(name.Text, field, offset, name.Start, end, fieldStart);
    }

    private static (BinaryOperator Op, int Precedence)? Infix(RuleTokenKind kind) => kind switch
    {
        RuleTokenKind.Or => (BinaryOperator.Or, OrPrecedence),
        RuleTokenKind.And => (BinaryOperator.And, AndPrecedence),
        RuleTokenKind.Less => (BinaryOperator.Less, ComparisonPrecedence),
        RuleTokenKind.LessEqual => (BinaryOperator.LessOrEqual, ComparisonPrecedence),
        RuleTokenKind.Greater => (BinaryOperator.Greater, ComparisonPrecedence),
        RuleTokenKind.GreaterEqual => (BinaryOperator.GreaterOrEqual, ComparisonPrecedence),
        RuleTokenKind.EqualEqual => (BinaryOperator.Equal, ComparisonPrecedence),
        RuleTokenKind.NotEqual => (BinaryOperator.NotEqual, ComparisonPrecedence),
        RuleTokenKind.CrossesAbove => (BinaryOperator.CrossesAbove, ComparisonPrecedence),
        RuleTokenKind.CrossesBelow => (BinaryOperator.CrossesBelow, ComparisonPrecedence),
        RuleTokenKind.Plus => (BinaryOperator.Add, AdditivePrecedence),
        RuleTokenKind.Minus => (BinaryOperator.Subtract, AdditivePrecedence),
        RuleTokenKind.Star => (BinaryOperator.Multiply, MultiplicativePrecedence),
        RuleTokenKind.Slash => (BinaryOperator.Divide, MultiplicativePrecedence),
        _ => null,
    };

    private RuleException Error(RuleToken at, string problem) => RuleException.At(_rule, at.Start, problem);
}
