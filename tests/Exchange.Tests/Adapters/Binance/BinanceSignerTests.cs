using Trader.Exchange.Adapters.Binance;

namespace Trader.Exchange.Tests.Adapters.Binance;

public sealed class BinanceSignerTests
{
    [Fact]
    public void Sign_DocumentedHmacExample_ReproducesBinanceSignature()
    {
        // The worked example of Binance's spot API docs (SIGNED endpoint, HMAC SHA256, all parameters in the query string).
        const string secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
        const string query = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";

        Assert.Equal("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", BinanceSigner.Sign(secret, query));
    }

    [Fact]
    public void Sign_OneCharacterChanged_GivesDifferentSignature()
    {
        Assert.NotEqual(BinanceSigner.Sign("s", "quantity=1"), BinanceSigner.Sign("s", "quantity=2"));
    }
}
