using Trader.Domain;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>The simulator's command line and environment, seen through a Binance client.</summary>
public sealed class ExchangeSimCliTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static string SharedData(string file) => Repository.SharedData(file);

    [Fact]
    public async Task Start_WithDataFile_ServesTheWholeFileAndStartsTheClockAtItsEnd()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--data", SharedData("binance_BTCUSDT_1h.csv"), "--symbols", "BTC/USDT");
        var binance = SimFixture.Binance(sim.BaseUrl);

        var candles = await binance.FetchOhlcvAsync("BTC/USDT", Timeframe.H1, null, 1000, None);
        long serverTime = await binance.FetchTimeAsync(None);

        Assert.Equal(120, candles.Count);
        Assert.Equal((9246.01, 8955.01), (candles[0].Open, candles[0].Close));
        long end = DateTimeOffset.Parse("2018-05-06T00:00:00Z").ToUnixTimeMilliseconds();
        Assert.Equal(end - 3_600_000, candles[^1].OpenTimeMs);
        Assert.True(serverTime >= end);
    }

    [Fact]
    public async Task Start_KeysFromEnvironment_SignedCallsNeedThem()
    {
        var env = new Dictionary<string, string> { ["SIM_API_KEY"] = "env-key", ["SIM_API_SECRET"] = "env-secret", ["SIM_BALANCES"] = "USDT=123" };
        await using var sim = await ExchangeSimProcess.StartAsync(env);

        var balance = await SimFixture.Binance(sim.BaseUrl, credentials: SimFixture.Credentials("env-key", "env-secret")).FetchBalanceAsync(None);

        Assert.Equal(123m, balance["USDT"].Free);
        await Assert.ThrowsAsync<AuthenticationException>(() => SimFixture.Binance(sim.BaseUrl).FetchBalanceAsync(None));
    }

    [Fact]
    public async Task Start_BadBalances_FailsNamingTheOption()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => ExchangeSimProcess.StartAsync("--balances", "USDT=lots"));

        Assert.Contains("--balances", e.Message);
        Assert.Contains("exit code 2", e.Message);
    }
}
