using Serilog.Core;
using Trader.Exchange.Adapters.Binance;
using Trader.Domain;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>Each injected transport fault reaches the caller as the right transient type, never as HttpRequestException.</summary>
public sealed class FaultMappingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PlainAdapter_EachInjectedFault_MapsToItsTransientType()
    {
        await using var sim = await ExchangeSimProcess.StartAsync();
        var binance = SimFixture.Binance(sim.BaseUrl);

        await sim.SetFaultsAsync(rate429: 1, rate5xx: 0, rateDrop: 0, retryAfterSeconds: 7);
        var limited = await Assert.ThrowsAsync<RateLimitExceededException>(() => binance.FetchTimeAsync(None));
        Assert.Equal(TimeSpan.FromSeconds(7), limited.RetryAfter);

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 1, rateDrop: 0);
        await Assert.ThrowsAsync<ExchangeNotAvailableException>(() => binance.FetchTimeAsync(None));

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 0, rateDrop: 1);
        var dropped = await Assert.ThrowsAsync<ExchangeNotAvailableException>(() => binance.FetchTimeAsync(None));
        Assert.IsAssignableFrom<HttpRequestException>(dropped.InnerException);

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 0, rateDrop: 0, latencyMs: 5000);
        var slow = new BinanceExchange(new HttpClient(), new BinanceOptions(sim.BaseUrl, RequestTimeout: TimeSpan.FromMilliseconds(200)), null, TimeProvider.System, null, Logger.None);
        await Assert.ThrowsAsync<RequestTimeoutException>(() => slow.FetchTimeAsync(None));

        await sim.SetFaultsAsync(0, 0, 0);
        Assert.True(await binance.FetchTimeAsync(None) > 0);
    }
}
