namespace Trader.Domain.Tests;

public sealed class TimeframeRangeTests
{
    private static long Ms(string isoUtc) => DateTimeOffset.Parse(isoUtc, null, System.Globalization.DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds();

    [Fact]
    public void OpenTimes_UnalignedBounds_ListsOpensInsideHalfOpenRange()
    {
        var opens = Timeframe.H4.OpenTimes(Ms("2024-02-28T21:00:00Z"), Ms("2024-02-29T08:00:00Z")).ToArray();
        Assert.Equal(new[] { Ms("2024-02-29T00:00:00Z"), Ms("2024-02-29T04:00:00Z") }, opens);
    }

    [Fact]
    public void OpenTimes_Months_FollowCalendarAcrossLeapYearAndYearEnd()
    {
        var opens = Timeframe.Month1.OpenTimes(Ms("2023-11-15T00:00:00Z"), Ms("2024-03-01T00:00:00Z")).ToArray();
        Assert.Equal(new[] { Ms("2023-12-01T00:00:00Z"), Ms("2024-01-01T00:00:00Z"), Ms("2024-02-01T00:00:00Z") }, opens);
        Assert.Equal(3, Timeframe.Month1.CountOpenTimes(Ms("2023-11-15T00:00:00Z"), Ms("2024-03-01T00:00:00Z")));
    }

    [Fact]
    public void OpenTimes_AcrossEpoch_IncludesNegativeTimes()
    {
        var opens = Timeframe.D1.OpenTimes(-2 * 86_400_000L, 86_400_000L).ToArray();
        Assert.Equal(new[] { -2 * 86_400_000L, -86_400_000L, 0L }, opens);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(100, 50, 0)]
    [InlineData(0, 1, 1)]
    [InlineData(0, 3_600_000, 1)]
    [InlineData(0, 3_600_001, 2)]
    [InlineData(-1, 3_600_000, 1)]
    [InlineData(1, 3_600_000, 0)]
    public void CountOpenTimes_Fixed_MatchesEnumeration(long from, long to, long expected)
    {
        Assert.Equal(expected, Timeframe.H1.CountOpenTimes(from, to));
        Assert.Equal(expected, Timeframe.H1.OpenTimes(from, to).LongCount());
    }

    [Fact]
    public void FindGaps_MissingRuns_ReturnsEachRunHalfOpen()
    {
        long h = 3_600_000;
        long t0 = Ms("2024-01-01T00:00:00Z");
        long[] present = [t0, t0 + h, t0 + 4 * h, t0 + 6 * h];
        var gaps = Timeframe.H1.FindGaps(present, t0, t0 + 8 * h);
        Assert.Equal(new[]
        {
            new OpenTimeRange(t0 + 2 * h, t0 + 4 * h),
            new OpenTimeRange(t0 + 5 * h, t0 + 6 * h),
            new OpenTimeRange(t0 + 7 * h, t0 + 8 * h),   // trailing run up to the range end
        }, gaps);
        Assert.Equal(2, gaps[0].Count(Timeframe.H1));
    }

    [Fact]
    public void FindGaps_LeadingGapAndEntriesOutsideRange_IgnoresOutsideAndReportsLeading()
    {
        long d = 86_400_000;
        long[] present = [-5 * d, 2 * d, 3 * d, 9 * d];
        var gaps = Timeframe.D1.FindGaps(present, 0, 4 * d);
        Assert.Equal(new[] { new OpenTimeRange(0, 2 * d) }, gaps);
    }

    [Fact]
    public void FindGaps_Complete_ReturnsEmpty()
    {
        long[] present = [.. Timeframe.M15.OpenTimes(0, 3_600_000)];
        Assert.Empty(Timeframe.M15.FindGaps(present, 0, 3_600_000));
    }

    [Fact]
    public void FindGaps_EmptySeries_WholeRangeIsOneGap() =>
        Assert.Equal(new[] { new OpenTimeRange(Ms("2024-01-01T00:00:00Z"), Ms("2024-04-01T00:00:00Z")) },
            Timeframe.Month1.FindGaps([], Ms("2023-12-20T00:00:00Z"), Ms("2024-04-01T00:00:00Z")));

    [Fact]
    public void FindGaps_UnsortedOrMisaligned_Throws()
    {
        Assert.Throws<ArgumentException>(() => Timeframe.H1.FindGaps([7_200_000, 3_600_000], 0, 10_800_000));
        Assert.Throws<ArgumentException>(() => Timeframe.H1.FindGaps([3_600_000, 3_600_000], 0, 10_800_000));
        var misaligned = Assert.Throws<ArgumentException>(() => Timeframe.H1.FindGaps([1_000], 0, 10_800_000));
        Assert.Contains("not aligned to 1h", misaligned.Message);
    }
}
