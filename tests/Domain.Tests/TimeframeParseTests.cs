using Trader.Domain;

namespace Trader.Domain.Tests;

public sealed class TimeframeParseTests
{
    [Theory]
    [InlineData("1m")] [InlineData("3m")] [InlineData("5m")] [InlineData("15m")] [InlineData("30m")]
    [InlineData("1h")] [InlineData("2h")] [InlineData("4h")] [InlineData("6h")] [InlineData("8h")] [InlineData("12h")]
    [InlineData("1d")] [InlineData("3d")] [InlineData("1w")] [InlineData("1M")]
    public void Parse_Accepted_RoundTripsThroughToString(string text) =>
        Assert.Equal(text, Timeframe.Parse(text).ToString());

    [Theory]
    [InlineData("7h")] [InlineData("")] [InlineData("1H")] [InlineData("60")] [InlineData(" 1h")]
    public void Parse_Unknown_ListsAcceptedValues(string text)
    {
        var error = Assert.Throws<FormatException>(() => Timeframe.Parse(text));
        Assert.Contains($"'{text}'", error.Message);
        Assert.Contains("1m, 3m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 8h, 12h, 1d, 3d, 1w, 1M", error.Message);
    }
}
