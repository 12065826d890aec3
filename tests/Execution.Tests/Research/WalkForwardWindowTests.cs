using Trader.Execution.Research;

namespace Trader.Execution.Tests.Research;

public sealed class WalkForwardWindowTests
{
    [Fact]
    public void Rolling_OutOfSampleSpansTileTheRangeAfterTheFirstInSampleSpan()
    {
        var windows = WalkForwardWindow.Rolling(0, 100, inSampleMs: 30, outOfSampleMs: 15);

        Assert.Equal(
            [new(0, 30, 45), new(15, 45, 60), new(30, 60, 75), new(45, 75, 90), new(60, 90, 100)],
            windows);
        Assert.All(windows.Zip(windows.Skip(1)), pair => Assert.Equal(pair.First.OutToMs, pair.Second.InToMs));
    }

    [Fact]
    public void Anchored_InSampleSpansAllStartAtTheRangeStartAndOutOfSampleSpansMatchRolling()
    {
        var anchored = WalkForwardWindow.Anchored(0, 100, inSampleMs: 30, outOfSampleMs: 15);
        var rolling = WalkForwardWindow.Rolling(0, 100, inSampleMs: 30, outOfSampleMs: 15);

        Assert.All(anchored, w => Assert.Equal(0, w.InFromMs));
        Assert.Equal(rolling.Select(w => (w.InToMs, w.OutToMs)), anchored.Select(w => (w.InToMs, w.OutToMs)));
    }

    [Fact]
    public void Rolling_RangeNoLongerThanOneInSampleSpan_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => WalkForwardWindow.Rolling(0, 30, 30, 10));
    }
}
