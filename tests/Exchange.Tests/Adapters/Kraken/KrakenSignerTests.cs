using Trader.Exchange.Adapters.Kraken;

namespace Trader.Exchange.Tests.Adapters.Kraken;

public sealed class KrakenSignerTests
{
    [Fact]
    public void Sign_TheExampleOfKrakensAuthenticationGuide_GivesItsSignature()
    {
        // Kraken's Spot REST authentication guide: a limit buy of 1.25 XBTUSD at 37500 with this key and nonce.
        const string secret = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
        const string body = "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";

        var signature = KrakenSigner.Sign(secret, "/0/private/AddOrder", "1616492376594", body);

        Assert.Equal("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==", signature);
    }

    [Fact]
    public void ClientIds_ShortOnesTravelAsTheyAre_LongOnesAsTheSameUuidEveryTime()
    {
        Assert.Equal("ccxt-limit-1", KrakenClientIds.ToWire("ccxt-limit-1"));
        string id = "rsi-btc-1765000000000-sl";
        string wire = KrakenClientIds.ToWire(id);

        Assert.True(Guid.TryParseExact(wire, "D", out _), wire);
        Assert.Equal(wire, KrakenClientIds.ToWire(id));
        Assert.NotEqual(wire, KrakenClientIds.ToWire(id + "x"));
    }
}
