namespace Trader.Domain.Tests;

public sealed class CandleResamplerTests
{
    private const long Minute = 60_000;
    private const long Hour = 3_600_000;
    private const long Day = 86_400_000;

    private static Candle C(long openMs, double open, double high, double low, double close, double volume) =>
        new(openMs, open, high, low, close, volume);

    [Fact]
    public void Resample_FullBuckets_AggregatesOhlcv()
    {
        long t0 = 1_704_067_200_000; // 2024-01-01T00:00Z
        Candle[] m15 =
        [
            C(t0, 10, 12, 9, 11, 1), C(t0 + 15 * Minute, 11, 15, 10, 14, 2),
            C(t0 + 30 * Minute, 14, 14, 8, 9, 3), C(t0 + 45 * Minute, 9, 10, 9, 10, 4),
            C(t0 + Hour, 10, 11, 7, 8, 5), C(t0 + Hour + 15 * Minute, 8, 9, 8, 9, 6),
            C(t0 + Hour + 30 * Minute, 9, 20, 9, 19, 7), C(t0 + Hour + 45 * Minute, 19, 19, 18, 18, 8),
        ];
        var h1 = CandleResampler.Resample(m15, Timeframe.M15, Timeframe.H1);
        Assert.Equal(new[] { C(t0, 10, 15, 8, 10, 10), C(t0 + Hour, 10, 20, 7, 18, 26) }, h1);
    }

    [Fact]
    public void Resample_TrailingIncompleteBucket_IsNotEmitted()
    {
        long t0 = 1_704_067_200_000;
        var m15 = new[] { C(t0, 1, 2, 0.5, 1.5, 1), C(t0 + 15 * Minute, 1.5, 3, 1, 2, 1), C(t0 + 30 * Minute, 2, 2, 2, 2, 1), C(t0 + 45 * Minute, 2, 2, 2, 2, 1), C(t0 + Hour, 2, 2, 2, 2, 1) };
        var h1 = CandleResampler.Resample(m15, Timeframe.M15, Timeframe.H1);
        Assert.Equal(t0, Assert.Single(h1).OpenTimeMs);
    }

    [Fact]
    public void Resample_LastBucketMissingItsFinalCandle_EmittedOnlyOnceKnownComplete()
    {
        long t0 = 1_704_067_200_000;
        // The 00:45 candle is missing (no trades); nothing later arrived yet.
        var m15 = new[] { C(t0, 5, 6, 4, 5, 1), C(t0 + 15 * Minute, 5, 7, 5, 6, 1), C(t0 + 30 * Minute, 6, 6, 3, 4, 1) };
        Assert.Empty(CandleResampler.Resample(m15, Timeframe.M15, Timeframe.H1));
        var closed = CandleResampler.Resample(m15, Timeframe.M15, Timeframe.H1, knownUntilMs: t0 + Hour);
        Assert.Equal(C(t0, 5, 7, 3, 4, 3), Assert.Single(closed));
    }

    [Fact]
    public void Resample_MissingSourceCandles_BucketAggregatesThosePresentAndEmptyBucketIsSkipped()
    {
        long t0 = 0;
        var h1 = new[]
        {
            C(t0, 1, 2, 1, 2, 1), C(t0 + 3 * Hour, 2, 4, 2, 3, 1),   // bucket 00:00-04:00 lacks 01:00 and 02:00
            C(t0 + 8 * Hour, 3, 3, 1, 1, 2),                          // bucket 04:00-08:00 has nothing
            C(t0 + 11 * Hour, 1, 1, 1, 1, 1),
        };
        var h4 = CandleResampler.Resample(h1, Timeframe.H1, Timeframe.H4);
        Assert.Equal(new[] { C(t0, 1, 4, 1, 3, 2), C(t0 + 8 * Hour, 3, 3, 1, 1, 3) }, h4);
    }

    [Fact]
    public void Resample_DaysToWeek_BucketsStartMonday()
    {
        long monday = 1_704_067_200_000; // 2024-01-01 was a Monday
        var days = Enumerable.Range(-2, 9).Select(i => C(monday + i * Day, i, i + 1, i - 1, i, 1)).ToArray(); // Sat .. next Sun
        var weeks = CandleResampler.Resample(days, Timeframe.D1, Timeframe.W1);
        var week = Assert.Single(weeks, w => w.OpenTimeMs == monday);
        Assert.Equal(C(monday, 0, 7, -1, 6, 7), week);
        Assert.Equal(2, weeks.Count); // the partial week before Monday is emitted (it closed), the next one has not closed
    }

    [Fact]
    public void Resample_DaysToMonth_LeapFebruaryHas29Days()
    {
        long feb1 = 1_706_745_600_000; // 2024-02-01
        var days = Enumerable.Range(0, 30).Select(i => C(feb1 + i * Day, 1, 1 + i, 1, 1, 1)).ToArray(); // through 2024-03-01
        var month = Assert.Single(CandleResampler.Resample(days, Timeframe.D1, Timeframe.Month1));
        Assert.Equal(feb1, month.OpenTimeMs);
        Assert.Equal(29, month.Volume);
        Assert.Equal(29, month.High);
    }

    [Theory]
    [InlineData("1h", "15m")]   // target smaller than source
    [InlineData("3d", "1w")]    // 3d opens are not Mondays
    [InlineData("1w", "1M")]    // weeks straddle months
    [InlineData("3d", "1M")]    // months do not start on the 3d grid
    [InlineData("1M", "1w")]
    public void CanResample_Incompatible_IsFalse(string source, string target)
    {
        var t = Timeframe.Parse(target);
        Assert.False(CandleResampler.CanResample(Timeframe.Parse(source), t));
        Assert.Throws<ArgumentException>(() => CandleResampler.Resample([], Timeframe.Parse(source), t));
    }

    [Theory]
    [InlineData("1m", "1M")] [InlineData("1d", "3d")] [InlineData("12h", "3d")] [InlineData("8h", "3d")] [InlineData("1d", "1w")] [InlineData("8h", "1d")] [InlineData("1h", "1h")]
    public void CanResample_Tiling_IsTrue(string source, string target) =>
        Assert.True(CandleResampler.CanResample(Timeframe.Parse(source), Timeframe.Parse(target)));

    [Fact]
    public void Resample_UnsortedOrMisalignedSource_Throws()
    {
        Assert.Throws<ArgumentException>(() => CandleResampler.Resample([C(Hour, 1, 1, 1, 1, 1), C(0, 1, 1, 1, 1, 1)], Timeframe.H1, Timeframe.H4));
        Assert.Throws<ArgumentException>(() => CandleResampler.Resample([C(1, 1, 1, 1, 1, 1)], Timeframe.H1, Timeframe.H4));
    }

    [Fact]
    public void Resample_RealMinuteFileWithGaps_MatchesHourlyTotals()
    {
        var minutes = ReadCsv("binance_BTCBUSD_1m.csv");
        var hours = CandleResampler.Resample(minutes, Timeframe.M1, Timeframe.H1, knownUntilMs: Timeframe.D1.NextOpenMs(Timeframe.D1.FloorMs(minutes[0].OpenTimeMs)));
        Assert.Equal(24, hours.Count);
        Assert.Equal(minutes.Sum(c => c.Volume), hours.Sum(c => c.Volume), 1e-6);
        Assert.Equal(minutes.Max(c => c.High), hours.Max(c => c.High));
        Assert.Equal(minutes[^1].Close, hours[^1].Close);
    }

    private static Candle[] ReadCsv(string file)
    {
        var path = Trader.Testing.Repository.SharedData(file);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split(',');
            return new Candle(DateTimeOffset.Parse(f[0], inv).ToUnixTimeMilliseconds(),
                double.Parse(f[1], inv), double.Parse(f[2], inv), double.Parse(f[3], inv), double.Parse(f[4], inv), double.Parse(f[5], inv));
        }).ToArray();
    }
}
