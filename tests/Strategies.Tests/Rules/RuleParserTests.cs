using Trader.Strategies.Rules;

namespace Trader.Strategies.Tests.Rules;

public sealed class RuleParserTests
{
    private static string Tree(string text) => RuleParser.Parse(new RuleText(text)).ToString()!;

    [Theory]
    [InlineData("rsi < 30 and close > ema200", "((rsi < 30) and (close > ema200))")]
    [InlineData("a < 1 or b < 2 and c < 3", "((a < 1) or ((b < 2) and (c < 3)))")]
    [InlineData("a < 1 and b < 2 or c < 3", "(((a < 1) and (b < 2)) or (c < 3))")]
    [InlineData("not a < 1 and b < 2", "((not (a < 1)) and (b < 2))")]
    [InlineData("not not a < 1", "(not (not (a < 1)))")]
    [InlineData("a + b * c > d", "((a + (b * c)) > d)")]
    [InlineData("(a + b) * c > d", "(((a + b) * c) > d)")]
    [InlineData("-a * b < c", "(((-a) * b) < c)")]
    [InlineData("-close[1] < 0", "((-close[1]) < 0)")]
    [InlineData("a - -b > 0", "((a - (-b)) > 0)")]
    [InlineData("macd.histogram crosses_below 0", "(macd.histogram crosses_below 0)")]
    [InlineData("close crosses_above ema * 1.01 + 2", "(close crosses_above ((ema * 1.01) + 2))")]
    [InlineData("rsi > 70 or macd.histogram crosses_below 0", "((rsi > 70) or (macd.histogram crosses_below 0))")]
    [InlineData("bb.upper[2] <= 1e3", "(bb.upper[2] <= 1000)")]
    public void Parse_Precedence_GroupsAsDocumented(string text, string expected) => Assert.Equal(expected, Tree(text));

    [Theory]
    [InlineData("a - b - c > 0", "(((a - b) - c) > 0)")]
    [InlineData("a / b / c > 0", "(((a / b) / c) > 0)")]
    [InlineData("a / b * c > 0", "(((a / b) * c) > 0)")]
    [InlineData("a < 1 or b < 1 or c < 1", "(((a < 1) or (b < 1)) or (c < 1))")]
    [InlineData("a < 1 and b < 1 and c < 1", "(((a < 1) and (b < 1)) and (c < 1))")]
    public void Parse_SamePrecedence_IsLeftAssociative(string text, string expected) => Assert.Equal(expected, Tree(text));

    [Fact]
    public void Parse_OffsetAndField_RecordsBoth()
    {
        var reference = Assert.IsType<SeriesReference>(Assert.IsType<BinaryExpression>(RuleParser.Parse(new RuleText("macd.signal[3] > 0"))).Left);
        Assert.Equal(("macd", "signal", 3), (reference.Name, reference.Field, reference.Offset));
    }

    [Theory]
    [InlineData("a < b < c", 7, "cannot be chained")]
    [InlineData("rsi < 30 and", 13, "expected a value after 'and' but found the end of the rule")]
    [InlineData("rsi < < 30", 7, "expected a value after '<'")]
    [InlineData("(rsi < 30", 10, "expected ')' to close the '(' at column 1")]
    [InlineData("rsi < 30)", 9, "or the end of the rule but found ')'")]
    [InlineData("rsi = 30", 5, "compare with '=='")]
    [InlineData("rsi < 30 && close > 1", 10, "write 'and'")]
    [InlineData("rsi < 30 || close > 1", 10, "write 'or'")]
    [InlineData("close[1.5] > 0", 7, "whole number of candles back")]
    [InlineData("close[x] > 0", 7, "whole number of candles back")]
    [InlineData("close[1][1] > 0", 9, "only one offset")]
    [InlineData("close[1 > 0", 9, "expected ']'")]
    [InlineData("macd. > 0", 7, "expected a field name after 'macd.'")]
    [InlineData("rsi < 3.", 9, "digits after the decimal point")]
    [InlineData("200ema > 1", 1, "cannot start with a digit: '200ema'")]
    [InlineData("rsi # 3", 5, "unexpected character '#'")]
    [InlineData("rsi 30", 5, "expected an operator")]
    [InlineData("   ", 4, "the rule is empty")]
    [InlineData("and rsi < 3", 1, "expected a number, a name or '(' but found 'and'")]
    public void Parse_SyntaxError_ReportsColumnAndExpectation(string text, int column, string expected)
    {
        var ex = Assert.Throws<RuleException>(() => RuleParser.Parse(new RuleText(text)));
        Assert.Equal(1, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(expected, ex.Problem);
        Assert.StartsWith($"line 1, column {column}: ", ex.Message);
    }

    [Fact]
    public void Parse_ErrorOnFirstLine_AddsBaseLineAndColumn()
    {
        // The rule starts at line 12, column 10 of the YAML file (after "  entry: ").
        var ex = Assert.Throws<RuleException>(() => RuleParser.Parse(new RuleText("rsi < < 30", 12, 10)));
        Assert.Equal((12, 16), (ex.Line, ex.Column));
    }

    [Fact]
    public void Parse_ErrorOnLaterLine_CountsLinesAndColumnsFromThatLine()
    {
        var ex = Assert.Throws<RuleException>(() => RuleParser.Parse(new RuleText("rsi < 30\n  and close >\n  or x > 1", 20, 5)));
        Assert.Equal((22, 3), (ex.Line, ex.Column));
        Assert.Contains("expected a value after '>' but found 'or'", ex.Problem);
    }

    [Fact]
    public void ToConfigException_PrefixesFileLineAndColumn()
    {
        var ex = Assert.Throws<RuleException>(() => RuleParser.Parse(new RuleText("rsi <", 7, 10)));
        Assert.Equal("config/strategies/a.yaml:7:15: expected a value after '<' but found the end of the rule", ex.ToConfigException("config/strategies/a.yaml").Message);
    }
}
