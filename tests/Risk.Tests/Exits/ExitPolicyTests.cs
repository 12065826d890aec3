using Trader.Risk.Exits;
using Trader.Risk.Trades;
using Trader.Domain;

namespace Trader.Risk.Tests.Exits;

public sealed class ExitPolicyTests
{
    private static Candle Bar(double open, double high, double low, double close) => new(0, open, high, low, close, 1);

    [Fact]
    public void Open_SetsLevelsFromEntry()
    {
        var levels = new ExitPolicy(0.03m, 0.06m, 0.02m).Open(100m);
        Assert.Equal(97m, levels.StopPrice);
        Assert.Equal(106m, levels.TakeProfitPrice);
        Assert.Equal(98m, levels.TrailingStopPrice);
        Assert.Equal(98m, levels.EffectiveStopPrice);
    }

    [Fact]
    public void Open_RuleOff_LevelIsNull()
    {
        var levels = new ExitPolicy(null, null, null).Open(100m);
        Assert.Null(levels.StopPrice);
        Assert.Null(levels.TakeProfitPrice);
        Assert.Null(levels.EffectiveStopPrice);
        Assert.Null(new ExitPolicy(null, null, null).Step(levels, Bar(100, 1000, 1, 50)).Trigger);
    }

    [Fact]
    public void Step_LowTouchesStop_ExitsAtStop()
    {
        var rules = new ExitPolicy(0.03m, null, null);
        var trigger = rules.Step(rules.Open(100m), Bar(99, 100, 97, 98)).Trigger;
        Assert.Equal(new ExitTrigger(ExitReason.StopLoss, 97m), trigger);
    }

    [Fact]
    public void Step_GapBelowStop_FillsAtOpen()
    {
        var rules = new ExitPolicy(0.03m, null, null);
        var trigger = rules.Step(rules.Open(100m), Bar(90, 92, 89, 91)).Trigger;
        Assert.Equal(new ExitTrigger(ExitReason.StopLoss, 90m), trigger);
    }

    [Fact]
    public void Step_HighTouchesTarget_ExitsAtTarget()
    {
        var rules = new ExitPolicy(0.03m, 0.06m, null);
        var trigger = rules.Step(rules.Open(100m), Bar(104, 110, 103, 108)).Trigger;
        Assert.Equal(new ExitTrigger(ExitReason.TakeProfit, 106m), trigger);
    }

    [Fact]
    public void Step_StopAndTargetInSameCandle_StopWins()
    {
        var rules = new ExitPolicy(0.03m, 0.06m, null);
        var trigger = rules.Step(rules.Open(100m), Bar(100, 107, 96, 100)).Trigger;
        Assert.Equal(ExitReason.StopLoss, trigger?.Reason);
    }

    [Fact]
    public void Step_TrailingStop_RatchetsUpOnlyAndNeverDown()
    {
        var rules = new ExitPolicy(null, null, 0.10m);
        var levels = rules.Open(100m);
        var trail = new List<decimal?> { levels.TrailingStopPrice };
        foreach (var (h, l) in new[] { (110.0, 100.0), (120.0, 109.0), (115.0, 109.0), (118.0, 110.0), (125.0, 113.0) })
        {
            var step = rules.Step(levels, Bar(l + 1, h, l, l + 1));
            Assert.Null(step.Trigger);
            levels = step.Levels;
            trail.Add(levels.TrailingStopPrice);
        }
        Assert.Equal(new decimal?[] { 90m, 99m, 108m, 108m, 108m, 112.5m }, trail);
        Assert.Equal(125m, levels.HighestPrice);
    }

    [Fact]
    public void Step_TrailingTouched_ExitsWithTrailingReason()
    {
        var rules = new ExitPolicy(0.05m, null, 0.10m);
        var levels = rules.Step(rules.Open(100m), Bar(100, 120, 100, 119)).Levels; // trail 108 > stop 95
        var trigger = rules.Step(levels, Bar(112, 113, 107, 108)).Trigger;
        Assert.Equal(new ExitTrigger(ExitReason.TrailingStop, 108m), trigger);
    }

    [Fact]
    public void Step_CandleHighRatchetsOnlyForTheNextCandle()
    {
        // High 120 would lift the trail to 108, but the same candle's low of 105 may have come first: no exit.
        var rules = new ExitPolicy(null, null, 0.10m);
        var step = rules.Step(rules.Open(100m), Bar(100, 120, 105, 110));
        Assert.Null(step.Trigger);
        Assert.Equal(108m, step.Levels.TrailingStopPrice);
    }

    [Fact]
    public void StopDistance_BothStops_IsTheNearer()
    {
        Assert.Equal(0.02m, new ExitPolicy(0.05m, null, 0.02m).StopDistance);
        Assert.Null(new ExitPolicy(null, 0.1m, null).StopDistance);
    }
}
