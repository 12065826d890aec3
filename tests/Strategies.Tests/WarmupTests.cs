using Trader.Strategies;
using Trader.Strategies.Rules;
using Trader.Strategies.RsiMacd;
using Xunit;

namespace Trader.Strategies.Tests;

public sealed class WarmupTests
{
    private static RulesParams Rules(string entry, string exit, params IndicatorSpec[] indicators) =>
        new(indicators, new RuleText(entry), new RuleText(exit));

    private static IndicatorSpec Spec(string alias, string kind, params (string Name, double Value)[] args) =>
        new(alias, kind, args.ToDictionary(a => a.Name, a => a.Value), 1, 1);

    [Fact]
    public void WarmupCandles_CandleFieldsWithOffsets_IsLargestOffsetPlusOne()
    {
        var config = new StrategyConfig("rules", Rules("close > close[3]", "close < open"));

        Assert.Equal(4, StrategyRegistry.WarmupCandles(config));
    }

    [Fact]
    public void WarmupCandles_CrossReadsOneMoreCandle()
    {
        var config = new StrategyConfig("rules", Rules("close crosses_above sma", "close < sma", Spec("sma", "sma", ("period", 5))));

        Assert.Equal(6, StrategyRegistry.WarmupCandles(config));
    }

    [Fact]
    public void WarmupCandles_FieldDefinedInOneTrendDirectionOnly_CountsFromTheIndicatorsFirstValue()
    {
        // Supertrend(7) has a value from candle 8; its upper band only while bearish, its lower band only while bullish.
        var config = new StrategyConfig("rules", Rules("st.lower > 0", "st.upper[2] > 0", Spec("st", "supertrend", ("period", 7))));

        Assert.Equal(10, StrategyRegistry.WarmupCandles(config));
    }

    [Fact]
    public void WarmupCandles_NoSeriesRead_IsOne()
    {
        Assert.Equal(1, StrategyRegistry.WarmupCandles(new StrategyConfig("rules", Rules("1 < 2", "2 < 1"))));
    }

    [Theory]
    [InlineData(14, 12, 26, 9)]
    [InlineData(40, 12, 26, 9)]
    [InlineData(3, 5, 8, 4)]
    public void WarmupCandles_RulesRestatingRsiMacd_EqualsBuiltIn(int rsiPeriod, int fast, int slow, int signal)
    {
        var builtIn = new StrategyConfig("rsi_macd", new RsiMacdParams(rsiPeriod, 30, 70, fast, slow, signal));
        var rules = new StrategyConfig("rules", Rules(
            "rsi < 30 and macd crosses_above macd.signal",
            "rsi > 70 or macd crosses_below macd.signal",
            Spec("rsi", "rsi", ("period", rsiPeriod)),
            Spec("macd", "macd", ("fast_period", fast), ("slow_period", slow), ("signal_period", signal))));

        int expected = Math.Max(rsiPeriod + 1, slow + signal);
        Assert.Equal(expected, StrategyRegistry.WarmupCandles(builtIn));
        Assert.Equal(expected, StrategyRegistry.WarmupCandles(rules));
    }
}
