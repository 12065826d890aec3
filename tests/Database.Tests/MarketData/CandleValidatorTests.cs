using Trader.Domain;

namespace Trader.Database.Tests.MarketData;

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

    [Fact]
    public void Validate_MisalignedOpenTime_NamesTheAlignedTime()
    {
        string? reason = CandleValidator.Validate(new Candle(10 * Hour + 60_000, 100, 102, 99, 101, 5), Timeframe.H1);
        Assert.Equal($"open time {10 * Hour + 60_000} is not aligned to 1h (the candle containing it opens at {10 * Hour})", reason);
    }
}
