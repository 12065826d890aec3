using Trader.Execution.Engine;

namespace Trader.Execution.Tests.Engine;

public sealed class ClientOrderIdsTests
{
    [Fact]
    public void For_ShortName_KeepsNameOpenTimeAndTag()
    {
        Assert.Equal("btc-1h-1704067200000-b", ClientOrderIds.For(ClientOrderIds.Prefix("btc-1h"), 1704067200000, "b"));
    }

    [Fact]
    public void Prefix_LongOrUnsafeName_ShortenedDeterministicallyAndFitsBinance()
    {
        const string name = "eth binance 15m with a very long name";
        var a = ClientOrderIds.For(ClientOrderIds.Prefix(name), 1704067200000, "sl");
        var b = ClientOrderIds.For(ClientOrderIds.Prefix(name), 1704067200000, "sl");
        var other = ClientOrderIds.For(ClientOrderIds.Prefix(name + "!"), 1704067200000, "sl");

        Assert.Equal(a, b);
        Assert.NotEqual(a, other);
        Assert.True(a.Length <= 36, a);
        Assert.Matches("^[.A-Za-z0-9:/_-]{1,36}$", a);
    }
}
