using System.Diagnostics;
using System.Text.Json;
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
    private static readonly string Script = Repository.Path("tests", "Exchange.Tests", "Ccxt", "coinbase-proof.mjs");

    [Fact]
    public async Task CcxtCoinbase_AgainstTheCoinbaseDialect_TradesSpotAndGetsTheRightErrorClasses()
    {
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(Script)!, "node_modules", "ccxt")),
            "ccxt is missing: run scripts/test-prerequisites");
        var dir = Directory.CreateTempSubdirectory("ccxt-coinbase-");
        try
        {
            string pem = Path.Combine(dir.FullName, "key.pem"), other = Path.Combine(dir.FullName, "other.pem");
            await File.WriteAllTextAsync(pem, CoinbaseSimFixture.Pem);
            await File.WriteAllTextAsync(other, CoinbaseSimFixture.NewPem());
            await using var sim = await CoinbaseSimFixture.StartAsync("--symbols", "BTC/USD,ETH/USD", "--random-walk", "5", "--balances", "USD=100000,BTC=1", "--weight-limit", "100000");
            var info = new ProcessStartInfo("node");
            foreach (var arg in new[] { Script, sim.BaseUrl.ToString(), CoinbaseSimFixture.KeyName, pem, other }) info.ArgumentList.Add(arg);

            var (code, stdout, stderr) = await ChildProcess.RunAsync(info, TimeSpan.FromSeconds(120));

            Assert.True(code == 0, $"ccxt failed (exit {code}): {stdout}{stderr}{sim.Errors}");
            var r = JsonDocument.Parse(stdout).RootElement;
            string S(string section, string field) => r.GetProperty(section).GetProperty(field).ToString();

            Assert.Equal("""["BTC/USD","ETH/USD"]""", S("markets", "symbols"));
            Assert.Equal(("BTC-USD", "True", "0.01", "5"), (S("markets", "id"), S("markets", "spot"), S("markets", "priceStep"), S("markets", "minCost")));
            // Five hours back from now hold four closed hourly candles (the fifth is forming).
            Assert.Equal(("True", "True"), (S("ohlcv", "ascending"), S("ohlcv", "valid")));
            Assert.InRange(r.GetProperty("ohlcv").GetProperty("count").GetInt32(), 4, 5);
            Assert.Equal(("True", "3"), (S("ohlcvSince", "first"), S("ohlcvSince", "count")));
            Assert.True(r.GetProperty("ticker").GetProperty("last").GetDouble() > 0);
            Assert.Equal(("100000", "100000", "1"), (S("balance", "usdTotal"), S("balance", "usdFree"), S("balance", "btcTotal")));

            Assert.Equal(("ccxt-limit-1", "open", "20000", "0.001", "True"), (S("limit", "clientOrderId"), S("limit", "status"), S("limit", "price"), S("limit", "amount"), S("limit", "listedOpen")));
            // The hold is the order's value plus the fee in USD (the simulator's 0.1 %), as Coinbase holds it.
            Assert.Equal(("20.02", "canceled", "False"), (S("limit", "usedWhileOpen"), S("limit", "canceledStatus"), S("limit", "openAfterCancel")));
            Assert.Equal(("closed", "True", "1", "buy", "USD"), (S("market", "status"), S("market", "inClosed"), S("market", "trades"), S("market", "tradeSide"), S("market", "feeCurrency")));
            Assert.InRange(r.GetProperty("market").GetProperty("filled").GetDouble(), 0.0019, 0.002);
            Assert.Equal("closed", S("sell", "status"));

            var errors = r.GetProperty("errors");
            Assert.Equal("AuthenticationError", errors.GetProperty("otherKey").GetString());
            Assert.Equal("AuthenticationError", errors.GetProperty("unknownKey").GetString());
            Assert.Equal("InsufficientFunds", errors.GetProperty("insufficientFunds").GetString());
            Assert.Equal("BadSymbol", errors.GetProperty("badSymbol").GetString());
            // ccxt's own classes for Coinbase's answers to an unknown order: a batch_cancel result with success false is
            // BadRequest, and the 404 {"error":"NOT_FOUND"} of orders/historical/{id} is ExchangeError (ccxt matches its
            // OrderNotFound text only in error_description). Our adapter maps both to OrderNotFoundException.
            Assert.Equal("BadRequest", errors.GetProperty("cancelUnknown").GetString());
            Assert.Equal("ExchangeError", errors.GetProperty("fetchUnknown").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
