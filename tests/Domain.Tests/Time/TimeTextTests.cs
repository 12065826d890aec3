namespace Trader.Domain.Tests.Time;

public sealed class TimeTextTests
{
    [Theory]
    [InlineData("2024-01-01", 1_704_067_200_000L)]
    [InlineData("2024-01-01T12:00:00Z", 1_704_110_400_000L)]
    [InlineData("2024-01-01T12:00:00", 1_704_110_400_000L)]          // no offset: UTC, never the machine's zone
    [InlineData("2024-01-01T13:00:00+01:00", 1_704_110_400_000L)]
    [InlineData(" 1704067200000 ", 1_704_067_200_000L)]
    [InlineData("0", 0L)]
    public void ParseInstantMs_IsoOrUnixMs_GivesUnixMsUtc(string text, long expected) =>
        Assert.Equal(expected, TimeText.ParseInstantMs(text, "--since"));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void ParseInstantMs_NeitherForm_NamesTheOptionAndTheForms(string text)
    {
        var e = Assert.Throws<ConfigException>(() => TimeText.ParseInstantMs(text, "--since"));
        Assert.Equal($"--since: '{text.Trim()}' is not a time; use ISO 8601 UTC (2024-01-01 or 2024-01-01T12:00:00Z) or Unix milliseconds", e.Message);
    }

    [Theory]
    [InlineData("2024-12-31", true)]
    [InlineData("2024-12-31T00:00:00Z", false)]
    [InlineData("1735603200000", false)]
    public void IsDate_OnlyABareDate(string text, bool expected) => Assert.Equal(expected, TimeText.IsDate(text));

    [Fact]
    public void Iso_FormatsUtcToTheSecond() => Assert.Equal("2024-01-01T12:00:00Z", TimeText.Iso(1_704_110_400_999));

    [Fact]
    public void Iso_BeyondYear9999_PrintsTheNumberInsteadOfThrowing() =>
        Assert.Equal(long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeText.Iso(long.MaxValue));

    [Theory]
    [InlineData(1_704_110_400_999L)]
    [InlineData(0L)]
    [InlineData(-62_135_596_800_000L)]
    [InlineData(253_402_300_799_999L)]
    public void TryWriteIsoUtf8_WritesTheBytesOfIso(long ms)
    {
        Span<byte> buffer = stackalloc byte[20];

        Assert.True(TimeText.TryWriteIsoUtf8(ms, buffer, out int written));
        Assert.Equal(TimeText.Iso(ms), System.Text.Encoding.UTF8.GetString(buffer[..written]));
    }

    [Fact]
    public void TryWriteIsoUtf8_TooSmallOrUnformattable_ReturnsFalse()
    {
        Span<byte> small = stackalloc byte[19];
        Span<byte> buffer = stackalloc byte[20];

        Assert.False(TimeText.TryWriteIsoUtf8(1_704_110_400_999, small, out _));
        Assert.False(TimeText.TryWriteIsoUtf8(long.MaxValue, buffer, out int written));
        Assert.Equal(0, written);
    }
}
