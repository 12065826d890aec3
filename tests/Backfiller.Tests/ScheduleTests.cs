namespace Trader.Backfiller.Tests;

public sealed class ScheduleTests
{
    [Fact]
    public void DelayAfter_MidHour_WaitsUntilJustAfterTheNextFullHour()
    {
        var now = DateTimeOffset.Parse("2024-01-01T10:20:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromMinutes(40) + Schedule.Settle, new Schedule(TimeSpan.FromHours(1)).DelayAfter(now));
    }

    [Fact]
    public void DelayAfter_ExactlyOnTheHour_WaitsAWholeInterval()
    {
        var now = DateTimeOffset.Parse("2024-01-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromMinutes(15) + Schedule.Settle, new Schedule(TimeSpan.FromMinutes(15)).DelayAfter(now));
    }
}
