using Trader.Indicators.Catalog;

namespace Trader.Strategies.Tests.Rules;

public sealed class RuleEvaluationTests
{
    private const double NaN = double.NaN;

    [Fact]
    public void Evaluate_CrossesAbove_FiresOnceWhenGoingFromAtOrBelowToStrictlyAbove()
    {
        // Previous <= level and current > level: 9->11 crosses, 10->11 crosses (from equal), 11->10->10->12 crosses again.
        var closes = new double[] { 9, 11, 12, 10, 11, 10, 10, 12 };
        var result = RuleRunner.Run("close crosses_above 10", closes);
        Assert.Equal(new bool?[] { null, true, false, false, true, false, false, true }, result);
    }

    [Fact]
    public void Evaluate_TouchingFromBelow_IsNotACross()
    {
        // Reaching the level exactly (9 -> 10) is not above it; leaving it upward (10 -> 11) is the cross.
        Assert.Equal(new bool?[] { null, false, true, false }, RuleRunner.Run("close crosses_above 10", [9, 10, 11, 12]));
    }

    [Fact]
    public void Evaluate_CrossesBelow_MirrorsAbove()
    {
        Assert.Equal(new bool?[] { null, false, true, false, false, true }, RuleRunner.Run("close crosses_below 10", [11, 10, 9, 9, 11, 8]));
    }

    [Fact]
    public void Evaluate_EqualSeriesThatStayEqual_NeverCross()
    {
        var a = new SequenceIndicator(1, 2, 3, 3);
        var b = new SequenceIndicator(1, 2, 3, 3);
        var result = RuleRunner.Run("a crosses_above b or a crosses_below b", [1, 1, 1, 1], new Dictionary<string, IIndicator> { ["a"] = a, ["b"] = b });
        Assert.Equal(new bool?[] { null, false, false, false }, result);
    }

    [Fact]
    public void Evaluate_CrossOfTwoIndicatorFields_UsesBothPreviousValues()
    {
        var macd = new SequenceIndicator(["macd", "signal"], [1, 2, 3, 2], [2, 2, 2, 2.5]);
        var result = RuleRunner.Run("macd crosses_above macd.signal", [0, 0, 0, 0], new Dictionary<string, IIndicator> { ["macd"] = macd });
        Assert.Equal(new bool?[] { null, false, true, false }, result);
    }

    [Fact]
    public void Evaluate_PreviousCloseAtFirstCandle_IsUndefinedSoComparisonIsFalse()
    {
        var rule = RuleRunner.Compile("close > close[1]");
        rule.Series.Advance(RuleRunner.Bar(0, 100));
        Assert.Null(rule.Evaluate());
        Assert.False(rule.IsTrue());
        rule.Series.Advance(RuleRunner.Bar(1, 101));
        Assert.True(rule.IsTrue());
    }

    [Fact]
    public void Evaluate_BeforeAnyCandle_IsUndefined() => Assert.Null(RuleRunner.Compile("close > 0").Evaluate());

    [Fact]
    public void Evaluate_OffsetReadsExactlyThatManyCandlesBack()
    {
        var result = RuleRunner.Run("close[2] == 1", [1, 5, 7, 1, 9]);
        Assert.Equal(new bool?[] { null, null, true, false, false }, result);
    }

    [Fact]
    public void Evaluate_UndefinedIndicator_MakesEveryComparisonFalseIncludingNotEqual()
    {
        var aliases = new Dictionary<string, IIndicator> { ["rsi"] = new SequenceIndicator(NaN, 20) };
        Assert.Equal(new bool?[] { null, true }, RuleRunner.Run("rsi != 30", [1, 1], aliases));
    }

    [Fact]
    public void Evaluate_NotOfUndefined_StaysUndefinedSoWarmupNeverSignals()
    {
        var aliases = new Dictionary<string, IIndicator> { ["rsi"] = new SequenceIndicator(NaN, NaN, 75, 50) };
        Assert.Equal(new bool?[] { null, null, false, true }, RuleRunner.Run("not (rsi > 70)", [1, 1, 1, 1], aliases));
    }

    [Fact]
    public void Evaluate_AndOr_FollowThreeValuedLogic()
    {
        static Dictionary<string, IIndicator> Undefined() => new() { ["u"] = new SequenceIndicator(NaN) };
        Assert.Equal(new bool?[] { false }, RuleRunner.Run("u > 0 and close > 5", [1], Undefined()));
        Assert.Equal(new bool?[] { null }, RuleRunner.Run("u > 0 and close < 5", [1], Undefined()));
        Assert.Equal(new bool?[] { true }, RuleRunner.Run("u > 0 or close < 5", [1], Undefined()));
        Assert.Equal(new bool?[] { null }, RuleRunner.Run("u > 0 or close > 5", [1], Undefined()));
    }

    [Theory]
    [InlineData("close * 2 + 1 == 21", true)]
    [InlineData("close - 3 - 2 == 5", true)]
    [InlineData("close / 4 / 5 == 0.5", true)]
    [InlineData("-close == 0 - 10", true)]
    [InlineData("close / 0 > 0 or close / 0 <= 0", null)]
    [InlineData("close >= 10 and close <= 10 and not close < 10", true)]
    [InlineData("close > 10", false)]
    public void Evaluate_Arithmetic_ComputesAsWritten(string text, bool? expected) =>
        Assert.Equal(new[] { expected }, RuleRunner.Run(text, [10]));

    [Fact]
    public void Evaluate_Constants_AreReadByName()
    {
        var aliases = new Dictionary<string, IIndicator> { ["rsi"] = new SequenceIndicator(25, 35) };
        var constants = new Dictionary<string, double> { ["oversold"] = 30 };
        Assert.Equal(new bool?[] { true, false }, RuleRunner.Run("rsi < oversold", [1, 1], aliases, constants));
    }

    [Fact]
    public void Evaluate_CandleFields_ReadTheirOwnValues()
    {
        var rule = RuleRunner.Compile("open == 1 and high == 4 and low == 0.5 and close == 2 and volume == 99");
        rule.Series.Advance(new Trader.Domain.Candle(0, 1, 4, 0.5, 2, 99));
        Assert.True(rule.IsTrue());
    }
}
