namespace Trader.Domain.Tests;

public sealed class TimeframeAlignmentTests
{
    private static long Ms(string isoUtc) => DateTimeOffset.Parse(isoUtc, null, System.Globalization.DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds();

    [Theory]
    [InlineData("1m", "1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z")]
    [InlineData("1h", "1970-01-01T00:59:59.999Z", "1970-01-01T00:00:00Z")]
    [InlineData("4h", "2024-02-29T23:59:59Z", "2024-02-29T20:00:00Z")]
    [InlineData("1d", "2024-02-29T12:00:00Z", "2024-02-29T00:00:00Z")]
    [InlineData("1d", "2023-12-31T23:59:59.999Z", "2023-12-31T00:00:00Z")]
    [InlineData("12h", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z")]
    [InlineData("15m", "1969-12-31T23:59:59.999Z", "1969-12-31T23:45:00Z")]
    [InlineData("1d", "1969-12-31T00:00:00.001Z", "1969-12-31T00:00:00Z")]
    public void FloorMs_FixedPeriods_AlignToEpoch(string tf, string time, string expected) =>
        Assert.Equal(Ms(expected), Timeframe.Parse(tf).FloorMs(Ms(time)));

    [Theory]
    [InlineData("1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z")]   // day 0
    [InlineData("1970-01-03T23:59:59Z", "1970-01-01T00:00:00Z")]
    [InlineData("1970-01-04T00:00:00Z", "1970-01-04T00:00:00Z")]   // day 3
    [InlineData("2024-01-01T00:00:00Z", "2023-12-31T00:00:00Z")]   // day 19723 = 3*6574 + 1
    [InlineData("2024-01-03T00:00:00Z", "2024-01-03T00:00:00Z")]   // day 19725 is divisible by 3
    [InlineData("1969-12-31T12:00:00Z", "1969-12-29T00:00:00Z")]   // day -1 floors to day -3
    public void FloorMs_ThreeDays_OpensOnDaysDivisibleByThree(string time, string expected) =>
        Assert.Equal(Ms(expected), Timeframe.D3.FloorMs(Ms(time)));

    [Theory]
    [InlineData("1970-01-01T00:00:00Z", "1969-12-29T00:00:00Z")]   // epoch was a Thursday
    [InlineData("1970-01-05T00:00:00Z", "1970-01-05T00:00:00Z")]
    [InlineData("1970-01-11T23:59:59.999Z", "1970-01-05T00:00:00Z")]
    [InlineData("2024-03-03T23:00:00Z", "2024-02-26T00:00:00Z")]   // Sunday after a leap day
    [InlineData("2025-01-01T10:00:00Z", "2024-12-30T00:00:00Z")]   // the week spans the new year
    public void FloorMs_Week_OpensMonday(string time, string expected)
    {
        long open = Timeframe.W1.FloorMs(Ms(time));
        Assert.Equal(Ms(expected), open);
        Assert.Equal(DayOfWeek.Monday, DateTimeOffset.FromUnixTimeMilliseconds(open).DayOfWeek);
    }

    [Theory]
    [InlineData("2024-02-29T23:59:59.999Z", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z")]
    [InlineData("2023-12-31T23:59:59.999Z", "2023-12-01T00:00:00Z", "2024-01-01T00:00:00Z")]
    [InlineData("2024-01-31T00:00:00Z", "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z")]
    [InlineData("1969-12-15T00:00:00Z", "1969-12-01T00:00:00Z", "1970-01-01T00:00:00Z")]
    public void FloorMs_Month_OpensOnFirstAndClosesOnNextFirst(string time, string open, string close)
    {
        long floor = Timeframe.Month1.FloorMs(Ms(time));
        Assert.Equal(Ms(open), floor);
        Assert.Equal(Ms(close), Timeframe.Month1.CloseTimeMs(floor));
    }

    [Fact]
    public void FloorMs_DefaultTimeframe_ThrowsInsteadOfDividingByZero()
    {
        var e = Assert.Throws<InvalidOperationException>(() => default(Timeframe).FloorMs(0));
        Assert.Contains("Timeframe.Parse", e.Message);
    }

    [Fact]
    public void DurationMs_Month_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Timeframe.Month1.DurationMs);

    [Theory]
    [InlineData("1h", "2024-02-29T10:30:00Z", "2024-02-29T11:00:00Z")]
    [InlineData("1h", "2024-02-29T10:00:00Z", "2024-02-29T11:00:00Z")]   // at an open, the close is a full period later
    [InlineData("1d", "2023-12-31T00:00:00Z", "2024-01-01T00:00:00Z")]
    [InlineData("1M", "2024-02-10T00:00:00Z", "2024-03-01T00:00:00Z")]
    [InlineData("1w", "1970-01-01T00:00:00Z", "1970-01-05T00:00:00Z")]
    public void CloseTimeMs_OfTheCandleHoldingATime_IsTheFirstCloseStrictlyAfterIt(string text, string time, string expected)
    {
        var tf = Timeframe.Parse(text);
        Assert.Equal(Ms(expected), tf.CloseTimeMs(tf.FloorMs(Ms(time))));
    }

    [Theory]
    [InlineData("1m")] [InlineData("3m")] [InlineData("5m")] [InlineData("15m")] [InlineData("30m")]
    [InlineData("1h")] [InlineData("2h")] [InlineData("4h")] [InlineData("6h")] [InlineData("8h")] [InlineData("12h")]
    [InlineData("1d")] [InlineData("3d")] [InlineData("1w")] [InlineData("1M")]
    public void FloorMs_AnyTime_IsAlignedAndContainsTheTime(string text)
    {
        var tf = Timeframe.Parse(text);
        foreach (long t in new[] { -86_400_001L, -1L, 0L, 1L, Ms("2024-02-29T13:37:00Z"), Ms("2023-12-31T23:59:59.999Z") })
        {
            long open = tf.FloorMs(t);
            Assert.True(tf.IsAligned(open));
            Assert.InRange(t, open, tf.CloseTimeMs(open) - 1);
        }
    }

    [Fact]
    public void CeilingMs_BetweenOpens_ReturnsNextOpen()
    {
        Assert.Equal(Ms("2024-01-01T01:00:00Z"), Timeframe.H1.CeilingMs(Ms("2024-01-01T00:00:00.001Z")));
        Assert.Equal(Ms("2024-01-01T00:00:00Z"), Timeframe.H1.CeilingMs(Ms("2024-01-01T00:00:00Z")));
    }
}
