using Serilog.Core;
using Trader.Domain;
using Trader.Exchange.Adapters.Kraken;
using Trader.Exchange.Decorators;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>One ExchangeSim process speaking Kraken (random walk, BTC/USD and ETH/USDT, two days of minutes) shared by a test class.</summary>
public sealed class KrakenSimFixture : IAsyncLifetime
{
    /// <summary>The API secret the kraken dialect is started with: the test secret, which is base64 as Kraken's are.</summary>
    public const string Secret = ExchangeSimProcess.ApiSecret;

    public ExchangeSimProcess Sim { get; private set; } = null!;

    public async Task InitializeAsync() => Sim = await Start("--weight-limit", "100000", "--symbols", "BTC/USD,ETH/USDT", "--random-walk", "7", "--history", "2d", "--balances", "USD=100000,USDT=100000,BTC=1");

    public async Task DisposeAsync() => await Sim.DisposeAsync();

    /// <summary>A kraken-dialect simulator with the test key and secret, plus <paramref name="args"/>.</summary>
    public static Task<ExchangeSimProcess> Start(params string[] args) => ExchangeSimProcess.StartAsync(["--dialect", "kraken", .. args]);

    public static KrakenExchange Kraken(Uri baseUrl, TimeProvider? clock = null, ExchangeCredentials? credentials = null,
        WeightLimiter? publicLimiter = null, WeightLimiter? privateLimiter = null, TimeSpan? timeout = null) =>
        new(new HttpClient(), new KrakenOptions(baseUrl, timeout), credentials ?? SimFixture.Credentials(ExchangeSimProcess.ApiKey, Secret),
            clock ?? TimeProvider.System, publicLimiter, privateLimiter, Logger.None);
}
