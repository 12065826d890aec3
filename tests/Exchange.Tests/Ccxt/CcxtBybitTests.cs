using System.Diagnostics;
using System.Text.Json;
using Trader.Testing;

namespace Trader.Exchange.Tests.Ccxt;

/// <summary>
/// The proof that the bybit dialect speaks Bybit v5: an unmodified ccxt (npm, its own <c>bybit</c> class, spot only,
/// its <c>urls.api</c> pointed at the simulator) runs bybit-proof.mjs against ExchangeSim over loopback.
/// </summary>
public sealed class CcxtBybitTests
{
    private static readonly string Script = Repository.Path("tests", "Exchange.Tests", "Ccxt", "bybit-proof.mjs");

    [Fact]
    public async Task CcxtBybit_AgainstTheBybitDialect_TradesSpotAndGetsTheRightErrorClasses()
    {
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(Script)!, "node_modules", "ccxt")),
            "ccxt is missing: run scripts/test-prerequisites");
        await using var sim = await ExchangeSimProcess.StartAsync("--dialect", "bybit", "--symbols", "BTC/USDT,ETH/USDT", "--random-walk", "5", "--balances", "USDT=100000,BTC=1");
        var info = new ProcessStartInfo("node");
        foreach (var arg in new[] { Script, sim.BaseUrl.ToString(), ExchangeSimProcess.ApiKey, ExchangeSimProcess.ApiSecret }) info.ArgumentList.Add(arg);

        var (code, stdout, stderr) = await ChildProcess.RunAsync(info, TimeSpan.FromSeconds(120));

        Assert.True(code == 0, $"ccxt failed (exit {code}): {stdout}{stderr}{sim.Errors}");
        var r = JsonDocument.Parse(stdout).RootElement;
        string S(string section, string field) => r.GetProperty(section).GetProperty(field).ToString();

        Assert.Equal("""["BTC/USDT","ETH/USDT"]""", S("markets", "symbols"));
        Assert.Equal(("BTCUSDT", "0.00001", "0.01", "5"), (S("markets", "id"), S("markets", "amountStep"), S("markets", "priceStep"), S("markets", "minCost")));
        Assert.Equal(("5", "True", "True"), (S("ohlcv", "count"), S("ohlcv", "ascending"), S("ohlcv", "valid")));
        Assert.Equal(("True", "3"), (S("ohlcvSince", "first"), S("ohlcvSince", "count")));
        Assert.True(r.GetProperty("ticker").GetProperty("last").GetDouble() > 0);
        Assert.Equal(("100000", "100000", "1"), (S("balance", "usdtTotal"), S("balance", "usdtFree"), S("balance", "btcTotal")));

        Assert.Equal(("ccxt-limit-1", "open", "20000", "0.001", "True"), (S("limit", "clientOrderId"), S("limit", "status"), S("limit", "price"), S("limit", "amount"), S("limit", "listedOpen")));
        Assert.Equal(("20", "canceled", "False"), (S("limit", "usedWhileOpen"), S("limit", "canceledStatus"), S("limit", "openAfterCancel")));
        Assert.Equal(("closed", "0.002", "True", "1", "buy", "BTC"), (S("market", "status"), S("market", "filled"), S("market", "inClosed"), S("market", "trades"), S("market", "tradeSide"), S("market", "feeCurrency")));
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
