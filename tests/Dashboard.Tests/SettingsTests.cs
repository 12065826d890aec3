using System.Net;
using Trader.Domain;

namespace Trader.Dashboard.Tests;

public sealed class SettingsTests
{
    private const string Read = "r-0123456789abcdef";
    private const string Control = "c-0123456789abcdef";

    private static DashboardSettings From(params (string Key, string Value)[] variables) =>
        DashboardSettings.From(variables.ToDictionary(v => v.Key, v => v.Value));

    [Fact]
    public void From_ReadTokenOnly_LoopbackPort8080NoControl()
    {
        var settings = From(("DASHBOARD_READ_TOKEN", Read));

        Assert.Equal(IPAddress.Loopback, settings.Bind);
        Assert.Equal(8080, settings.Port);
        Assert.Null(settings.Tokens.Control);
        Assert.Equal("data/trading.db", settings.DatabaseUrl);
        Assert.Equal(["read"], settings.Tokens.ScopesOf(Read));
    }

    [Fact]
    public void From_BothTokens_ControlGrantsReadAndControl()
    {
        var settings = From(("DASHBOARD_READ_TOKEN", Read), ("DASHBOARD_CONTROL_TOKEN", Control), ("DASHBOARD_BIND", "0.0.0.0"), ("DASHBOARD_PORT", "9000"));

        Assert.Equal(["read", "control"], settings.Tokens.ScopesOf(Control));
        Assert.Null(settings.Tokens.ScopesOf(Read + "x"));
        Assert.Equal(IPAddress.Any, settings.Bind);
        Assert.Equal(9000, settings.Port);
    }

    [Fact]
    public void From_NoReadToken_NamesTheVariable()
    {
        var e = Assert.Throws<ConfigException>(() => From(("DASHBOARD_CONTROL_TOKEN", Control)));

        Assert.Contains("DASHBOARD_READ_TOKEN is not set", e.Message);
    }

    [Fact]
    public void From_ShortOrEqualTokens_RefusedWithoutRepeatingThem()
    {
        var shortToken = Assert.Throws<ConfigException>(() => From(("DASHBOARD_READ_TOKEN", "abc123")));
        var same = Assert.Throws<ConfigException>(() => From(("DASHBOARD_READ_TOKEN", Read), ("DASHBOARD_CONTROL_TOKEN", Read)));

        Assert.Contains("DASHBOARD_READ_TOKEN is shorter than 16", shortToken.Message);
        Assert.DoesNotContain("abc123", shortToken.Message);
        Assert.Contains("DASHBOARD_CONTROL_TOKEN equals DASHBOARD_READ_TOKEN", same.Message);
        Assert.DoesNotContain(Read, same.Message);
    }

    [Theory]
    [InlineData("DASHBOARD_BIND", "localhost:80", "is not an IP address")]
    [InlineData("DASHBOARD_PORT", "70000", "is not a TCP port")]
    [InlineData("DASHBOARD_PORT", "-1", "is not a TCP port")]
    public void From_BadBindOrPort_SaysWhatIsAllowed(string key, string value, string message)
    {
        var e = Assert.Throws<ConfigException>(() => From(("DASHBOARD_READ_TOKEN", Read), (key, value)));

        Assert.Contains($"{key}='{value}' {message}", e.Message);
    }

    [Fact]
    public void Settings_Printed_ShowNoToken()
    {
        var settings = From(("DASHBOARD_READ_TOKEN", Read), ("DASHBOARD_CONTROL_TOKEN", Control));

        Assert.DoesNotContain(Read, settings.ToString());
        Assert.DoesNotContain(Control, settings.ToString());
    }
}
