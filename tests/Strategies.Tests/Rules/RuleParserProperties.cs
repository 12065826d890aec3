using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trader.Strategies.Rules;

namespace Trader.Strategies.Tests.Rules;

/// <summary>
/// The parser over generated input: any text gives a tree or a <see cref="RuleException"/> that points inside the
/// text, never another exception; and a fully parenthesised tree reads back as itself.
/// </summary>
public sealed class RuleParserProperties
{
    // Fragments a user could plausibly type, plus the characters the lexer must refuse.
    private static readonly string[] Fragments =
    [
        "(", ")", "(", ")", " and ", " or ", "not ", "-", "+", "*", "/", " < ", " > ", " <= ", " >= ", " == ", " != ",
        " = ", " crosses_above ", " crosses_below ", "close", "rsi", "macd.histogram", "bb.", "[1]", "[", "]", "[x]",
        "0", "30", "1.5", "1e3", "3.", "1e999", "&&", "||", "#", "\n", " ", "\t", ".", "200ema", "_", "é",
    ];

    private static Gen<string> Soup() =>
        Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts));

    [Property(MaxTest = 2000)]
    public Property Parse_AnyText_GivesATreeOrAnErrorInsideTheText() =>
        Prop.ForAll(Soup().ToArbitrary(), text =>
        {
            try
            {
                RuleParser.Parse(new RuleText(text));
                return true;
            }
            catch (RuleException e)
            {
                int lines = text.Split('\n').Length;
                return e.Line >= 1 && e.Line <= lines && e.Column >= 1 && e.Column <= text.Length + 1 && e.Problem.Length > 0;
            }
        });

    [Property(MaxTest = 500)]
    public Property Parse_PrintedTree_ReadsBackAsItself() =>
        Prop.ForAll(Condition(4).ToArbitrary(), printed => RuleParser.Parse(new RuleText(printed)).ToString() == printed);

    [Property(MaxTest = 200)]
    public Property Parse_NestingBeyondTheLimit_IsAnErrorNotACrash() =>
        Prop.ForAll(Gen.Choose(RuleParser.MaxDepth + 1, 50_000).ToArbitrary(), depth =>
        {
            string text = new string('(', depth) + "close > 1" + new string(')', depth);
            var error = Assert.Throws<RuleException>(() => RuleParser.Parse(new RuleText(text)));
            return error.Problem.Contains($"deeper than {RuleParser.MaxDepth} levels");
        });

    // Trees printed the way RuleNode.ToString prints them: every operation in its own parentheses.
    private static Gen<string> Condition(int depth)
    {
        var comparison =
            from left in Value(depth)
            from op in Gen.Elements("<", ">", "<=", ">=", "==", "!=", "crosses_above", "crosses_below")
            from right in Value(depth)
            select $"({left} {op} {right})";
        if (depth == 0) return comparison;
        var logical =
            from left in Condition(depth - 1)
            from op in Gen.Elements("and", "or")
            from right in Condition(depth - 1)
            select $"({left} {op} {right})";
        var negated = Condition(depth - 1).Select(c => $"(not {c})");
        return Gen.Frequency((3, comparison), (2, logical), (1, negated));
    }

    private static Gen<string> Value(int depth)
    {
        var atom = Gen.OneOf(
            Gen.Elements("close", "open", "rsi", "ema200", "macd.signal", "bb.upper"),
            from name in Gen.Elements("close", "rsi", "macd.histogram")
            from offset in Gen.Choose(1, RuleParser.MaxOffset)
            select $"{name}[{offset}]",
            Gen.Elements("0", "1", "30", "1.5", "0.25", "1000"));
        if (depth == 0) return atom;
        var arithmetic =
            from left in Value(depth - 1)
            from op in Gen.Elements("+", "-", "*", "/")
            from right in Value(depth - 1)
            select $"({left} {op} {right})";
        var negated = Value(depth - 1).Select(v => $"(-{v})");
        return Gen.Frequency((4, atom), (2, arithmetic), (1, negated));
    }
}
