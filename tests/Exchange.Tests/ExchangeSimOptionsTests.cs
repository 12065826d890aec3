using Trader.Domain;
using Trader.ExchangeSim;

namespace Trader.Exchange.Tests;

public sealed class ExchangeSimOptionsTests
{
    private static SimOptions Resolve(params (string Name, string Value)[] options) =>
        SimOptions.Resolve(name => name == "port" ? "0" : options.FirstOrDefault(o => o.Name == name).Value, _ => null);

    [Fact]
    public void Resolve_Durations_AreReadByTheOneDurationReader()
    {
        var options = Resolve(("history", "2w"), ("weight-window", "500ms"));

        Assert.Equal(TimeSpan.FromDays(14), options.Setup.History);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.WeightWindow);
    }

    [Theory]
    [InlineData("history", "0d")]
    [InlineData("history", "30 days")]
    [InlineData("weight-window", "1y")]
    public void Resolve_BadDuration_IsTheDurationReadersMessage(string option, string value)
    {
        var e = Assert.Throws<ConfigException>(() => Resolve((option, value)));

        Assert.Equal(Assert.Throws<ConfigException>(() => DurationText.Parse(value, $"--{option}")).Message, e.Message);
    }

    [Fact]
    public void Resolve_LimitFillShare_SetsTheVenuesShareAndDefaultsToWholeFills()
    {
        Assert.Equal(0.25m, Resolve(("limit-fill-share", "0.25")).Setup.Settings.LimitFillShare);
        Assert.Null(Resolve().Setup.Settings.LimitFillShare);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    public void Resolve_LimitFillShareOutOfRange_SaysTheRange(string value)
    {
        var e = Assert.Throws<ConfigException>(() => Resolve(("limit-fill-share", value)));

        Assert.Contains("--limit-fill-share must be above 0 and at most 1", e.Message);
    }
}
