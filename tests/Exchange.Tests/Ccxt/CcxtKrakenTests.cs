using System.Diagnostics;
using System.Text.Json;
using Trader.Exchange.Tests.Integration;
using Trader.Testing;

namespace Trader.Exchange.Tests.Ccxt;

/// <summary>
/// The proof that the kraken dialect speaks Kraken: an unmodified ccxt (npm, its own <c>kraken</c> class, its
/// <c>urls.api</c> pointed at the simulator) runs kraken-proof.mjs against ExchangeSim over loopback.
/// </summary>
public sealed class CcxtKrakenTests
{
    private static readonly string Script = Repository.Path("tests", "Exchange.Tests", "Ccxt", "kraken-proof.mjs");

    [Fact]
    public async Task CcxtKraken_AgainstTheKrakenDialect_TradesSpotAndGetsTheRightErrorClasses()
    {
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(Script)!, "node_modules", "ccxt")),
            "ccxt is missing: run scripts/test-prerequisites");
        await using var sim = await KrakenSimFixture.Start("--symbols", "BTC/USD,ETH/USDT", "--random-walk", "5", "--balances", "USD=100000,BTC=1", "--weight-limit", "100000");
        var info = new ProcessStartInfo("node");
        foreach (var arg in new[] { Script, sim.BaseUrl.ToString(), ExchangeSimProcess.ApiKey, KrakenSimFixture.Secret }) info.ArgumentList.Add(arg);

        var (code, stdout, stderr) = await ChildProcess.RunAsync(info, TimeSpan.FromSeconds(120));

        Assert.True(code == 0, $"ccxt failed (exit {code}): {stdout}{stderr}{sim.Errors}");
        var r = JsonDocument.Parse(stdout).RootElement;
        string S(string section, string field) => r.GetProperty(section).GetProperty(field).ToString();

        Assert.Equal("""["BTC/USD","ETH/USDT"]""", S("markets", "symbols"));
        Assert.Equal(("XXBTZUSD", "XBTUSD", "0.00001", "0.01", "5"), (S("markets", "id"), S("markets", "altname"), S("markets", "amountStep"), S("markets", "priceStep"), S("markets", "minCost")));
        Assert.Equal(("5", "True", "True"), (S("ohlcv", "count"), S("ohlcv", "ascending"), S("ohlcv", "valid")));
        Assert.Equal(("True", "3"), (S("ohlcvSince", "first"), S("ohlcvSince", "count")));
        Assert.Equal(("10", "True"), (S("publicTrades", "count"), S("publicTrades", "fromSince")));
        Assert.True(r.GetProperty("ticker").GetProperty("last").GetDouble() > 0);
        Assert.Equal(("100000", "100000", "1"), (S("balance", "usdTotal"), S("balance", "usdFree"), S("balance", "btcTotal")));

        Assert.Equal(("ccxt-limit-1", "open", "20000", "0.001", "True"), (S("limit", "clientOrderId"), S("limit", "status"), S("limit", "price"), S("limit", "amount"), S("limit", "listedOpen")));
        Assert.Equal(("20", "canceled", "False"), (S("limit", "usedWhileOpen"), S("limit", "canceledStatus"), S("limit", "openAfterCancel")));
        Assert.Equal(("closed", "0.002", "True", "1", "buy"), (S("market", "status"), S("market", "filled"), S("market", "inClosed"), S("market", "trades"), S("market", "tradeSide")));
        Assert.Equal("closed", S("sell", "status"));

        var errors = r.GetProperty("errors");
        Assert.Equal("AuthenticationError", errors.GetProperty("wrongSecret").GetString());
        Assert.Equal("AuthenticationError", errors.GetProperty("unknownKey").GetString());
        Assert.Equal("InsufficientFunds", errors.GetProperty("insufficientFunds").GetString());
        Assert.Equal("OrderNotFound", errors.GetProperty("cancelUnknown").GetString());
        Assert.Equal("OrderNotFound", errors.GetProperty("fetchUnknown").GetString());
        Assert.Equal("BadSymbol", errors.GetProperty("badSymbol").GetString());
    }
}
