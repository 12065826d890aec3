using Trader.Domain;
using Trader.Hosting.Config;

namespace Trader.Hosting.Tests.Config;

public sealed class LiveCredentialsTests : IDisposable
{
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    private static Dictionary<string, string> Variables(params (string Key, string Value)[] vars) => vars.ToDictionary(v => v.Key, v => v.Value);

    [Fact]
    public void Require_LiveWithoutKeys_IsConfigErrorNamingVariables()
    {
        var config = _files.Load(TempConfig.Valid + "\nmode: live\n");

        var e = Assert.Throws<ConfigException>(() => LiveCredentials.Require(config, "x.yaml", Variables()));

        Assert.StartsWith("x.yaml: mode: live needs BINANCE_API_KEY and BINANCE_API_SECRET", e.Message);
    }

    [Fact]
    public void Require_HalfSetPair_IsTheCredentialsErrorWithoutTheValue()
    {
        var config = _files.Load(TempConfig.Valid + "\nmode: live\n");

        var e = Assert.Throws<ConfigException>(() => LiveCredentials.Require(config, "x.yaml", Variables(("BINANCE_API_KEY", "only-key"))));

        Assert.StartsWith("Set both BINANCE_API_KEY and BINANCE_API_SECRET, or neither", e.Message);
        Assert.DoesNotContain("only-key", e.Message);
    }

    [Fact]
    public void Require_LiveWithKeysOrPaper_Passes()
    {
        var live = _files.Load(TempConfig.Valid + "\nmode: live\n");

        Assert.Equal("k", LiveCredentials.Require(live, "x.yaml", Variables(("BINANCE_API_KEY", "k"), ("BINANCE_API_SECRET", "s")))!.Key.Reveal());
        Assert.Null(LiveCredentials.Require(_files.Load(TempConfig.Valid), "x.yaml", Variables()));
    }
}
