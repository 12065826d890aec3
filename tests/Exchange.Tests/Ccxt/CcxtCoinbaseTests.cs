using Trader.Exchange.Tests.Integration;
using Trader.Testing;

namespace Trader.Exchange.Tests.Ccxt;

/// <summary>
/// The proof that the coinbase dialect speaks Coinbase Advanced Trade: an unmodified ccxt (npm, its own <c>coinbase</c>
/// class, a CDP-style key: a key name and an EC private key PEM, its <c>urls.api.rest</c> pointed at the simulator)
/// runs coinbase-proof.mjs against ExchangeSim over loopback, signing every private call with its own ES256 JWT.
/// </summary>
public sealed class CcxtCoinbaseTests
{
    [Fact]
    public async Task CcxtCoinbase_AgainstTheCoinbaseDialect_TradesSpotAndGetsTheRightErrorClasses()
    {
        var dir = Directory.CreateTempSubdirectory("ccxt-coinbase-");
        try
        {
            string pem = Path.Combine(dir.FullName, "key.pem"), other = Path.Combine(dir.FullName, "other.pem");
            await File.WriteAllTextAsync(pem, CoinbaseSimFixture.Pem);
            await File.WriteAllTextAsync(other, CoinbaseSimFixture.NewPem());
            await using var sim = await CoinbaseSimFixture.StartAsync("--symbols", "BTC/USD,ETH/USD", "--random-walk", "5", "--balances", "USD=100000,BTC=1", "--weight-limit", "100000");
            var r = await CcxtProof.RunAsync("coinbase-proof.mjs", sim, CoinbaseSimFixture.KeyName, pem, other);

            Assert.Equal("""["BTC/USD","ETH/USD"]""", r.S("markets", "symbols"));
            Assert.Equal(("BTC-USD", "True", "0.01", "5"), (r.S("markets", "id"), r.S("markets", "spot"), r.S("markets", "priceStep"), r.S("markets", "minCost")));
            // Five hours back from now hold four closed hourly candles (the fifth is forming).
            Assert.Equal(("True", "True"), (r.S("ohlcv", "ascending"), r.S("ohlcv", "valid")));
            Assert.InRange(r.Root.GetProperty("ohlcv").GetProperty("count").GetInt32(), 4, 5);
            Assert.Equal(("True", "3"), (r.S("ohlcvSince", "first"), r.S("ohlcvSince", "count")));
            Assert.True(r.Root.GetProperty("ticker").GetProperty("last").GetDouble() > 0);
            Assert.Equal(("100000", "100000", "1"), (r.S("balance", "usdTotal"), r.S("balance", "usdFree"), r.S("balance", "btcTotal")));

            Assert.Equal(("ccxt-limit-1", "open", "20000", "0.001", "True"), (r.S("limit", "clientOrderId"), r.S("limit", "status"), r.S("limit", "price"), r.S("limit", "amount"), r.S("limit", "listedOpen")));
            // The hold is the order's value plus the fee in USD (the simulator's 0.1 %), as Coinbase holds it.
            Assert.Equal(("20.02", "canceled", "False"), (r.S("limit", "usedWhileOpen"), r.S("limit", "canceledStatus"), r.S("limit", "openAfterCancel")));
            Assert.Equal(("closed", "True", "1", "buy", "USD"), (r.S("market", "status"), r.S("market", "inClosed"), r.S("market", "trades"), r.S("market", "tradeSide"), r.S("market", "feeCurrency")));
            Assert.InRange(r.Root.GetProperty("market").GetProperty("filled").GetDouble(), 0.0019, 0.002);
            Assert.Equal("closed", r.S("sell", "status"));
            // ccxt's postOnly goes out as post_only on a limit_limit_gtc order: it rests; one that would take is refused
            // with INVALID_LIMIT_PRICE_POST_ONLY, which ccxt's coinbase class maps to no narrower class than ExchangeError.
            Assert.Equal(("open", "True", "GTC", "20000"), (r.S("postOnly", "status"), r.S("postOnly", "postOnly"), r.S("postOnly", "timeInForce"), r.S("postOnly", "price")));
            Assert.StartsWith("ExchangeError: ", r.S("postOnly", "taking"));
            Assert.Contains("INVALID_LIMIT_PRICE_POST_ONLY", r.S("postOnly", "taking"));

            Assert.Equal("AuthenticationError", r.Error("otherKey"));
            Assert.Equal("AuthenticationError", r.Error("unknownKey"));
            Assert.Equal("InsufficientFunds", r.Error("insufficientFunds"));
            Assert.Equal("BadSymbol", r.Error("badSymbol"));
            // ccxt's own classes for Coinbase's answers to an unknown order: a batch_cancel result with success false is
            // BadRequest, and the 404 {"error":"NOT_FOUND"} of orders/historical/{id} is ExchangeError (ccxt matches its
            // OrderNotFound text only in error_description). Our adapter maps both to OrderNotFoundException.
            Assert.Equal("BadRequest", r.Error("cancelUnknown"));
            Assert.Equal("ExchangeError", r.Error("fetchUnknown"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
