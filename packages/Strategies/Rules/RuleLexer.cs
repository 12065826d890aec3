using System.Globalization;

namespace Trader.Strategies.Rules;

/// <summary>Splits a rule into tokens; the last one is always <see cref="RuleTokenKind.End"/>.</summary>
internal static class RuleLexer
{
    public static List<RuleToken> Tokenize(RuleText rule)
    {
        string s = rule.Text;
        var tokens = new List<RuleToken>();
        int i = 0;
        while (true)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i >= s.Length)
            {
                tokens.Add(new RuleToken(RuleTokenKind.End, s.Length, string.Empty));
                return tokens;
            }

            int start = i;
            char c = s[i];
            if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(rule, ref i));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '_')) i++;
                string word = s[start..i];
                tokens.Add(new RuleToken(KeywordKind(word), start, word));
            }
            else
            {
                char next = i + 1 < s.Length ? s[i + 1] : '\0';
                (RuleTokenKind kind, int length) = (c, next) switch
                {
                    ('<', '=') => (RuleTokenKind.LessEqual, 2),
                    ('>', '=') => (RuleTokenKind.GreaterEqual, 2),
                    ('=', '=') => (RuleTokenKind.EqualEqual, 2),
                    ('!', '=') => (RuleTokenKind.NotEqual, 2),
                    ('<', _) => (RuleTokenKind.Less, 1),
                    ('>', _) => (RuleTokenKind.Greater, 1),
                    ('+', _) => (RuleTokenKind.Plus, 1),
                    ('-', _) => (RuleTokenKind.Minus, 1),
                    ('*', _) => (RuleTokenKind.Star, 1),
                    ('/', _) => (RuleTokenKind.Slash, 1),
                    ('(', _) => (RuleTokenKind.LeftParen, 1),
                    (')', _) => (RuleTokenKind.RightParen, 1),
                    ('[', _) => (RuleTokenKind.LeftBracket, 1),
                    (']', _) => (RuleTokenKind.RightBracket, 1),
                    ('.', _) => (RuleTokenKind.Dot, 1),
                    _ => throw RuleException.At(rule, start, UnexpectedCharacter(c, next)),
                };
                tokens.Add(new RuleToken(kind, start, s.Substring(start, length)));
                i += length;
            }
        }
    }

    private static RuleToken ReadNumber(RuleText rule, ref int i)
    {
        string s = rule.Text;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            if (i >= s.Length || !char.IsAsciiDigit(s[i]))
            {
                throw RuleException.At(rule, i, $"expected digits after the decimal point in '{s[start..i]}', e.g. 0.5");
            }
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }
        // An exponent needs digits (1e3, 2.5E-4); "200ema" is a misspelt name, reported below.
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            int digits = i + 1 < s.Length && (s[i + 1] == '+' || s[i + 1] == '-') ? i + 2 : i + 1;
            if (digits < s.Length && char.IsAsciiDigit(s[digits]))
            {
                i = digits;
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            }
        }
        if (i < s.Length && (char.IsAsciiLetter(s[i]) || s[i] == '_'))
        {
            throw RuleException.At(rule, start, $"a name cannot start with a digit: '{ReadWordFrom(s, start)}'; indicator aliases start with a letter, e.g. ema200");
        }
        string text = s[start..i];
        return new RuleToken(RuleTokenKind.Number, start, text, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static string ReadWordFrom(string s, int start)
    {
        int end = start;
        while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || s[end] == '_' || s[end] == '.')) end++;
        return s[start..end];
    }

    private static RuleTokenKind KeywordKind(string word) => word switch
    {
        "and" => RuleTokenKind.And,
        "or" => RuleTokenKind.Or,
        "not" => RuleTokenKind.Not,
        "crosses_above" => RuleTokenKind.CrossesAbove,
        "crosses_below" => RuleTokenKind.CrossesBelow,
        _ => RuleTokenKind.Identifier,
    };

    private static string UnexpectedCharacter(char c, char next) => (c, next) switch
    {
        ('=', _) => "unexpected '='; compare with '==' (or <, <=, >, >=, !=)",
        ('&', '&') => "unexpected '&&'; write 'and'",
        ('|', '|') => "unexpected '||'; write 'or'",
        ('!', _) => "unexpected '!'; write 'not' (or '!=' to compare)",
        _ => $"unexpected character '{c}'; expected a number, a name, an operator (+ - * / < <= > >= == !=) or parentheses",
    };
}
