namespace Trader.Strategies.Rules;

/// <summary>One lexeme: its kind, where it starts in the rule text, its text, and its value when a number.</summary>
internal readonly record struct RuleToken(RuleTokenKind Kind, int Start, string Text, double Number = 0)
{
    public string Describe() => Kind == RuleTokenKind.End ? "the end of the rule" : $"'{Text}'";
}
