namespace Trader.Strategies.Rules;

internal enum RuleTokenKind
{
    Number,
    Identifier,
    And,
    Or,
    Not,
    CrossesAbove,
    CrossesBelow,
    Plus,
    Minus,
    Star,
    Slash,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    EqualEqual,
    NotEqual,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Dot,
    End,
}
