using Serilog.Core;
using Trader.Domain;
using Trader.Exchange.Adapters.Bybit;
using Trader.Exchange.Decorators;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>One ExchangeSim process speaking Bybit v5 (random walk, two symbols) shared by a test class.</summary>
public sealed class BybitSimFixture : IAsyncLifetime
{
    public ExchangeSimProcess Sim { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Sim = await ExchangeSimProcess.StartAsync("--dialect", "bybit", "--symbols", "BTC/USDT,ETH/USDT", "--random-walk", "7", "--history", "2d", "--balances", "USDT=100000,BTC=1");

    public async Task DisposeAsync() => await Sim.DisposeAsync();

    public static BybitExchange Bybit(Uri baseUrl, TimeProvider? clock = null, ExchangeCredentials? credentials = null, WeightLimiter? limiter = null, TimeSpan? timeout = null) =>
        new(new HttpClient(), new BybitOptions(baseUrl, RequestTimeout: timeout), credentials ?? SimFixture.Credentials(ExchangeSimProcess.ApiKey, ExchangeSimProcess.ApiSecret),
            clock ?? TimeProvider.System, limiter, Logger.None);
}
