using Trader.Exchange.Tests.Integration;
using Trader.Testing;

namespace Trader.Exchange.Tests.Ccxt;

/// <summary>
/// The proof that the kraken dialect speaks Kraken: an unmodified ccxt (npm, its own <c>kraken</c> class, its
/// <c>urls.api</c> pointed at the simulator) runs kraken-proof.mjs against ExchangeSim over loopback.
/// </summary>
public sealed class CcxtKrakenTests
{
    [Fact]
    public async Task CcxtKraken_AgainstTheKrakenDialect_TradesSpotAndGetsTheRightErrorClasses()
    {
        await using var sim = await KrakenSimFixture.Start("--symbols", "BTC/USD,ETH/USDT", "--random-walk", "5", "--balances", "USD=100000,BTC=1", "--weight-limit", "100000");
        var r = await CcxtProof.RunAsync("kraken-proof.mjs", sim, ExchangeSimProcess.ApiKey, KrakenSimFixture.Secret);

        Assert.Equal("""["BTC/USD","ETH/USDT"]""", r.S("markets", "symbols"));
        Assert.Equal(("XXBTZUSD", "XBTUSD", "0.00001", "0.01", "5"), (r.S("markets", "id"), r.S("markets", "altname"), r.S("markets", "amountStep"), r.S("markets", "priceStep"), r.S("markets", "minCost")));
        Assert.Equal(("5", "True", "True"), (r.S("ohlcv", "count"), r.S("ohlcv", "ascending"), r.S("ohlcv", "valid")));
        Assert.Equal(("True", "3"), (r.S("ohlcvSince", "first"), r.S("ohlcvSince", "count")));
        Assert.Equal(("10", "True"), (r.S("publicTrades", "count"), r.S("publicTrades", "fromSince")));
        Assert.True(r.Root.GetProperty("ticker").GetProperty("last").GetDouble() > 0);
        Assert.Equal(("100000", "100000", "1"), (r.S("balance", "usdTotal"), r.S("balance", "usdFree"), r.S("balance", "btcTotal")));

        Assert.Equal(("ccxt-limit-1", "open", "20000", "0.001", "True"), (r.S("limit", "clientOrderId"), r.S("limit", "status"), r.S("limit", "price"), r.S("limit", "amount"), r.S("limit", "listedOpen")));
        Assert.Equal(("20", "canceled", "False"), (r.S("limit", "usedWhileOpen"), r.S("limit", "canceledStatus"), r.S("limit", "openAfterCancel")));
        Assert.Equal(("closed", "0.002", "True", "1", "buy"), (r.S("market", "status"), r.S("market", "filled"), r.S("market", "inClosed"), r.S("market", "trades"), r.S("market", "tradeSide")));
        Assert.Equal("closed", r.S("sell", "status"));
        // ccxt's postOnly goes out as oflags post: it rests; one that would take is refused with EOrder:Post only order,
        // which ccxt's kraken class maps to no narrower class than ExchangeError (our adapter: OrderImmediatelyFillableException).
        Assert.Equal(("open", "True", "PO", "20000"), (r.S("postOnly", "status"), r.S("postOnly", "postOnly"), r.S("postOnly", "timeInForce"), r.S("postOnly", "price")));
        Assert.StartsWith("ExchangeError: ", r.S("postOnly", "taking"));
        Assert.Contains("EOrder:Post only order", r.S("postOnly", "taking"));

        Assert.Equal("AuthenticationError", r.Error("wrongSecret"));
        Assert.Equal("AuthenticationError", r.Error("unknownKey"));
        Assert.Equal("InsufficientFunds", r.Error("insufficientFunds"));
        Assert.Equal("OrderNotFound", r.Error("cancelUnknown"));
        Assert.Equal("OrderNotFound", r.Error("fetchUnknown"));
        Assert.Equal("BadSymbol", r.Error("badSymbol"));
    }
}
