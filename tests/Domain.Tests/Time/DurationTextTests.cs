using Trader.Domain;

namespace Trader.Domain.Tests.Time;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("90s", 90_000)]
    [InlineData("15m", 900_000)]
    [InlineData(" 1h ", 3_600_000)]
    [InlineData("30d", 2_592_000_000)]
    [InlineData("1w", 604_800_000)]
    public void Parse_NumberAndUnit_IsThatLong(string text, long expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), DurationText.Parse(text, "--every"));
    }

    [Theory]
    [InlineData("often")]
    [InlineData("0h")]
    [InlineData("-1h")]
    [InlineData("1.5h")]
    [InlineData("1H")]
    [InlineData("1y")]
    [InlineData("h")]
    [InlineData("99999999999999999999d")]
    [InlineData("9999999999999w")]
    [InlineData("")]
    public void Parse_NotAPositiveNumberAndUnit_NamesTheOptionAndTheUnits(string text)
    {
        var e = Assert.Throws<ConfigException>(() => DurationText.Parse(text, "--history"));

        Assert.Equal($"--history: '{text}' is not a duration; use a positive whole number and one of ms, s, m, h, d, w, e.g. 1h, 15m, 30d or 500ms.", e.Message);
        Assert.Null(DurationText.TryParse(text));
    }
}
