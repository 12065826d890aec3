using Trader.Domain;

namespace Trader.Domain.Tests.Candles;

public sealed class CandleValidatorTests
{
    private const long Hour = 3_600_000;

    [Fact]
    public void Validate_GoodCandle_ReturnsNull() =>
        Assert.Null(CandleValidator.Validate(new Candle(10 * Hour, 100, 102, 99, 101, 5), Timeframe.H1));

    [Fact]
    public void Validate_FlatCandleWithZeroVolume_ReturnsNull() =>
        Assert.Null(CandleValidator.Validate(new Candle(10 * Hour, 100, 100, 100, 100, 0), Timeframe.H1));

    [Theory]
    [InlineData(double.NaN, 102, 99, 101, 5, "open is NaN, not a finite number")]
    [InlineData(100, double.PositiveInfinity, 99, 101, 5, "high is Infinity, not a finite number")]
    [InlineData(100, 102, 0, 101, 5, "low 0 is not positive")]
    [InlineData(100, 102, 99, -1, 5, "close -1 is not positive")]
    [InlineData(100, 98, 99, 99, 5, "low 99 is above high 98")]
    [InlineData(98, 102, 99, 101, 5, "open 98 is below low 99")]
    [InlineData(103, 102, 99, 101, 5, "open 103 is above high 102")]
    [InlineData(100, 102, 99, 98.5, 5, "close 98.5 is below low 99")]
    [InlineData(100, 102, 99, 102.5, 5, "close 102.5 is above high 102")]
    [InlineData(100, 102, 99, 101, -0.5, "volume -0.5 is negative")]
    [InlineData(100, 102, 99, 101, double.NaN, "volume is NaN, not a finite number")]
    public void Validate_BadValues_ExplainsWhy(double open, double high, double low, double close, double volume, string reason) =>
        Assert.Equal(reason, CandleValidator.Validate(new Candle(10 * Hour, open, high, low, close, volume), Timeframe.H1));

    [Theory]
    [InlineData(1e308, 1e308, 1e308, 1e308, 1, "open 1E+308 is above the largest accepted price 1000000000000000")]
    [InlineData(100, 1e16, 99, 101, 5, "high 10000000000000000 is above the largest accepted price 1000000000000000")]
    [InlineData(1e-13, 1, 1e-13, 1, 5, "open 1E-13 is below the smallest accepted price 1E-12")]
    [InlineData(5e-324, 1, 5e-324, 1, 5, "open 5E-324 is below the smallest accepted price 1E-12")]
    [InlineData(100, 102, 99, 101, 1e19, "volume 1E+19 is above the largest accepted volume 1E+18")]
    public void Validate_OutOfBoundMagnitude_ExplainsWhy(double open, double high, double low, double close, double volume, string reason) =>
        Assert.Equal(reason, CandleValidator.Validate(new Candle(10 * Hour, open, high, low, close, volume)));

    [Fact]
    public void Validate_PricesAtTheBounds_Pass() =>
        Assert.Null(CandleValidator.Validate(new Candle(10 * Hour, CandleValidator.MinPrice, CandleValidator.MaxPrice, CandleValidator.MinPrice, CandleValidator.MaxPrice, CandleValidator.MaxVolume)));

    [Theory]
    [InlineData(-1L)]
    [InlineData(4_102_444_800_000L)]           // 2100-01-01T00:00:00Z, the first open time refused
    [InlineData(253_402_300_799_000L)]         // 9999-12-31T23:59:59Z
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Validate_OpenTimeOutside1970To2100_NamesTheRange(long openTimeMs)
    {
        string? reason = CandleValidator.Validate(new Candle(openTimeMs, 100, 102, 99, 101, 5));
        Assert.Equal($"open time {openTimeMs} is outside 1970-01-01..2100-01-01 (Unix ms 0..4102444800000)", reason);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(4_102_444_800_000L - Hour)]
    public void Validate_OpenTimeAtTheTimeBounds_Passes(long openTimeMs) =>
        Assert.Null(CandleValidator.Validate(new Candle(openTimeMs, 100, 102, 99, 101, 5), Timeframe.H1));

    [Fact]
    public void Validate_MisalignedOpenTime_NamesTheAlignedTime()
    {
        string? reason = CandleValidator.Validate(new Candle(10 * Hour + 60_000, 100, 102, 99, 101, 5), Timeframe.H1);
        Assert.Equal($"open time {10 * Hour + 60_000} is not aligned to 1h (the candle containing it opens at {10 * Hour})", reason);
    }
}
