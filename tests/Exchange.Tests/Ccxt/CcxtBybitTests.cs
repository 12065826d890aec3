using Trader.Testing;

namespace Trader.Exchange.Tests.Ccxt;

/// <summary>
/// The proof that the bybit dialect speaks Bybit v5: an unmodified ccxt (npm, its own <c>bybit</c> class, spot only,
/// its <c>urls.api</c> pointed at the simulator) runs bybit-proof.mjs against ExchangeSim over loopback.
/// </summary>
public sealed class CcxtBybitTests
{
    [Fact]
    public async Task CcxtBybit_AgainstTheBybitDialect_TradesSpotAndGetsTheRightErrorClasses()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--dialect", "bybit", "--symbols", "BTC/USDT,ETH/USDT", "--random-walk", "5", "--balances", "USDT=100000,BTC=1");
        var r = await CcxtProof.RunAsync("bybit-proof.mjs", sim, ExchangeSimProcess.ApiKey, ExchangeSimProcess.ApiSecret);

        Assert.Equal("""["BTC/USDT","ETH/USDT"]""", r.S("markets", "symbols"));
        Assert.Equal(("BTCUSDT", "0.00001", "0.01", "5"), (r.S("markets", "id"), r.S("markets", "amountStep"), r.S("markets", "priceStep"), r.S("markets", "minCost")));
        Assert.Equal(("5", "True", "True"), (r.S("ohlcv", "count"), r.S("ohlcv", "ascending"), r.S("ohlcv", "valid")));
        Assert.Equal(("True", "3"), (r.S("ohlcvSince", "first"), r.S("ohlcvSince", "count")));
        Assert.True(r.Root.GetProperty("ticker").GetProperty("last").GetDouble() > 0);
        Assert.Equal(("100000", "100000", "1"), (r.S("balance", "usdtTotal"), r.S("balance", "usdtFree"), r.S("balance", "btcTotal")));

        Assert.Equal(("ccxt-limit-1", "open", "20000", "0.001", "True"), (r.S("limit", "clientOrderId"), r.S("limit", "status"), r.S("limit", "price"), r.S("limit", "amount"), r.S("limit", "listedOpen")));
        Assert.Equal(("20", "canceled", "False"), (r.S("limit", "usedWhileOpen"), r.S("limit", "canceledStatus"), r.S("limit", "openAfterCancel")));
        Assert.Equal(("closed", "0.002", "True", "1", "buy", "BTC"), (r.S("market", "status"), r.S("market", "filled"), r.S("market", "inClosed"), r.S("market", "trades"), r.S("market", "tradeSide"), r.S("market", "feeCurrency")));
        Assert.Equal("closed", r.S("sell", "status"));
        // ccxt's postOnly goes out as timeInForce PostOnly: it rests; one that would take Bybit cancels at once, saying why.
        Assert.Equal(("open", "True", "PO", "20000"), (r.S("postOnly", "status"), r.S("postOnly", "postOnly"), r.S("postOnly", "timeInForce"), r.S("postOnly", "price")));
        Assert.Equal("""{"status":"canceled","filled":0,"rejectReason":"EC_PostOnlyWillTakeLiquidity"}""", r.S("postOnly", "taking"));

        Assert.Equal("AuthenticationError", r.Error("wrongSecret"));
        Assert.Equal("AuthenticationError", r.Error("unknownKey"));
        Assert.Equal("InsufficientFunds", r.Error("insufficientFunds"));
        Assert.Equal("OrderNotFound", r.Error("cancelUnknown"));
        Assert.Equal("OrderNotFound", r.Error("fetchUnknown"));
        Assert.Equal("BadSymbol", r.Error("badSymbol"));
    }
}
