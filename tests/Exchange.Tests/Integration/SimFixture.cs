using Serilog.Core;
using Trader.Domain;
using Trader.Exchange.Adapters.Binance;
using Trader.Exchange.Decorators;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>One ExchangeSim process (random walk, two symbols) shared by a test class.</summary>
public sealed class SimFixture : IAsyncLifetime
{
    public ExchangeSimProcess Sim { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Sim = await ExchangeSimProcess.StartAsync("--symbols", "BTC/USDT,ETH/USDT", "--random-walk", "7", "--history", "2d", "--balances", "USDT=100000,BTC=1");

    public async Task DisposeAsync() => await Sim.DisposeAsync();

    public static BinanceExchange Binance(Uri baseUrl, TimeProvider? clock = null, ExchangeCredentials? credentials = null, WeightLimiter? weights = null) =>
        new(new HttpClient(), new BinanceOptions(baseUrl), credentials ?? Credentials(ExchangeSimProcess.ApiKey, ExchangeSimProcess.ApiSecret),
            clock ?? TimeProvider.System, weights, Logger.None);

    public static ExchangeCredentials Credentials(string key, string secret) => new(new Secret(key), new Secret(secret));
}
