using Trader.Strategies.Rules;
using Trader.Indicators.Catalog;

namespace Trader.Strategies.Tests.Rules;

public sealed class RuleCompilerTests
{
    private static Dictionary<string, IIndicator> Aliases() => new()
    {
        ["rsi"] = new SequenceIndicator(50),
        ["macd"] = new SequenceIndicator(["macd", "signal", "histogram"], [1], [1], [0]),
    };

    [Fact]
    public void Compile_UnknownName_ListsKnownNamesAtItsColumn()
    {
        var ex = RuleRunner.Error("rsi < 30 and clse > ema200", Aliases());
        Assert.Equal((1, 14), (ex.Line, ex.Column));
        Assert.Equal("unknown name 'clse'. Known: close, high, low, open, volume, macd, rsi", ex.Problem);
    }

    [Fact]
    public void Compile_UnknownNameInYaml_ReportsFileLineAndColumn()
    {
        var ex = RuleRunner.Error("rsi < 30\nand ema200 < close", Aliases(), line: 14, column: 12);
        Assert.Equal((15, 5), (ex.Line, ex.Column));
        Assert.Contains("unknown name 'ema200'", ex.Problem);
    }

    [Fact]
    public void Compile_UnknownField_ListsTheAliasFields()
    {
        var ex = RuleRunner.Error("macd.hist crosses_below 0", Aliases());
        Assert.Equal(6, ex.Column);
        Assert.Equal("indicator 'macd' (seq) has no field 'hist'. Fields: macd, signal, histogram", ex.Problem);
    }

    [Fact]
    public void Compile_FieldOnCandleField_IsAnError()
    {
        var ex = RuleRunner.Error("close.high > 1");
        Assert.Equal(7, ex.Column);
        Assert.Contains("candle field 'close' has no fields", ex.Problem);
    }

    [Fact]
    public void Compile_UnknownConstant_ListsConstantsToo()
    {
        var ex = Assert.Throws<RuleException>(() => RuleRunner.Compile("rsi < oversld", Aliases(), new Dictionary<string, double> { ["oversold"] = 30 }));
        Assert.EndsWith("Known: close, high, low, open, volume, macd, rsi, oversold", ex.Problem);
    }

    [Fact]
    public void Compile_OffsetOnConstant_IsAnError()
    {
        var ex = Assert.Throws<RuleException>(() => RuleRunner.Compile("close < level[1]", null, new Dictionary<string, double> { ["level"] = 30 }));
        Assert.Equal(9, ex.Column);
        Assert.Contains("'level' is a constant (30)", ex.Problem);
    }

    [Theory]
    [InlineData("close + 1", 1, "expected a condition")]
    [InlineData("rsi < 30 and close", 14, "expected a condition (a comparison such as rsi < 30, joined by and/or/not) but 'close' is a number")]
    [InlineData("not close", 5, "expected a condition")]
    [InlineData("(rsi < 30) < 40", 2, "expected a number but 'rsi < 30' is a condition")]
    [InlineData("-(rsi < 30) < 0", 3, "is a condition")]
    [InlineData("(rsi < 30) crosses_above 1", 2, "is a condition")]
    public void Compile_NumberAndConditionMixedUp_ReportsWhere(string text, int column, string expected)
    {
        var ex = RuleRunner.Error(text, Aliases());
        Assert.Equal(column, ex.Column);
        Assert.Contains(expected, ex.Problem);
    }

    [Fact]
    public void Constructor_AliasNamedLikeCandleField_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RuleCompiler(new RuleBindings(new Dictionary<string, IIndicator> { ["close"] = new SequenceIndicator(1) })));
        Assert.Contains("'close' cannot name an indicator", ex.Message);
    }

    [Fact]
    public void Constructor_AliasThatIsAKeyword_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RuleCompiler(new RuleBindings(new Dictionary<string, IIndicator> { ["and"] = new SequenceIndicator(1) })));
    }

    [Fact]
    public void Compile_AfterFirstCandle_Throws()
    {
        var compiler = new RuleCompiler(RuleBindings.CandlesOnly);
        compiler.Compile(new RuleText("close > 1"));
        compiler.Series.Advance(RuleRunner.Bar(0, 1));
        Assert.Throws<InvalidOperationException>(() => compiler.Compile(new RuleText("close[5] > 1")));
    }

    [Fact]
    public void Compile_Histories_AreSizedByLargestOffsetUsed()
    {
        var compiler = new RuleCompiler(RuleBindings.CandlesOnly);
        compiler.Compile(new RuleText("close > close[3] and volume > 0"));
        compiler.Compile(new RuleText("close crosses_above open[1]"));
        // close: offset 3 -> 4 values; volume: 1; open: offset 1 read one candle further back by the cross -> 3.
        Assert.Equal(4 + 1 + 3, compiler.Series.RetainedValues);
        for (int i = 0; i < 10_000; i++) compiler.Series.Advance(RuleRunner.Bar(i, i));
        Assert.Equal(8, compiler.Series.RetainedValues);
    }
}
