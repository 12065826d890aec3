using Serilog.Core;
using Trader.Domain;
using Trader.Exchange.Adapters.Coinbase;
using Trader.Exchange.Decorators;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>
/// One ExchangeSim process speaking Coinbase Advanced Trade (random walk, BTC/USD and ETH/USD) shared by a test class,
/// verifying tokens against a CDP-style key made for the run. Its request budget is raised: the plain adapter under
/// test does not throttle itself.
/// </summary>
public sealed class CoinbaseSimFixture : IAsyncLifetime
{
    public const string KeyName = ExchangeSimProcess.CoinbaseKeyName;

    public ExchangeSimProcess Sim { get; private set; } = null!;

    /// <summary>The EC P-256 private key (PEM) the simulator checks tokens against.</summary>
    public static string Pem => ExchangeSimProcess.CoinbasePem;

    public async Task InitializeAsync() => Sim = await StartAsync("--symbols", "BTC/USD,ETH/USD", "--random-walk", "7", "--history", "2d",
        "--balances", "USD=100000,BTC=1", "--weight-limit", "100000");

    public async Task DisposeAsync() => await Sim.DisposeAsync();

    /// <summary>Starts the coinbase dialect with the run's key and <paramref name="args"/>.</summary>
    public static Task<ExchangeSimProcess> StartAsync(params string[] args) =>
        ExchangeSimProcess.StartAsync(["--dialect", "coinbase", .. args]);

    public static string NewPem() => ExchangeSimProcess.NewEcPem();

    public static ExchangeCredentials Credentials(string keyName = KeyName, string? pem = null) => new(new Secret(keyName), new Secret(pem ?? Pem));

    public static CoinbaseExchange Coinbase(Uri baseUrl, TimeProvider? clock = null, ExchangeCredentials? credentials = null, WeightLimiter? limiter = null, TimeSpan? timeout = null) =>
        new(new HttpClient(), new CoinbaseOptions(baseUrl, timeout), credentials ?? Credentials(), clock ?? TimeProvider.System, limiter, Logger.None);
}
