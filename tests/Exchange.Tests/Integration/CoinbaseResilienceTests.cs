using Serilog.Core;
using Trader.Domain;
using Trader.Exchange.Adapters.Coinbase;
using Trader.Exchange.Decorators;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>Coinbase's rate limit and injected faults against the coinbase dialect: each reaches the caller as its unified type.</summary>
public sealed class CoinbaseResilienceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PlainAdapter_OverTheLimit_Gets429AsRateLimitExceeded()
    {
        await using var sim = await CoinbaseSimFixture.StartAsync("--weight-limit", "10", "--weight-window", "1m");
        var coinbase = CoinbaseSimFixture.Coinbase(sim.BaseUrl);

        var e = await Assert.ThrowsAsync<RateLimitExceededException>(async () =>
        {
            for (int i = 0; i < 12; i++) await coinbase.FetchTimeAsync(None);
        });

        Assert.Contains("RATE_LIMIT_EXCEEDED", e.Message);
    }

    [Fact]
    public async Task ThrottledAdapter_ManyRequests_NeverExceedsItsShareOfTheLimit()
    {
        await using var sim = await CoinbaseSimFixture.StartAsync("--symbols", "BTC/USD", "--balances", "USD=100000", "--weight-limit", "20", "--weight-window", "2s");
        var limiter = new WeightLimiter(20, share: 0.5, TimeSpan.FromSeconds(2), TimeProvider.System);
        var exchange = new ThrottledExchange(CoinbaseSimFixture.Coinbase(sim.BaseUrl, limiter: limiter), limiter, CoinbaseLimits.Spot);

        await exchange.LoadMarketsAsync(None);
        for (int i = 0; i < 25; i++) await exchange.FetchOhlcvAsync("BTC/USD", Timeframe.M1, null, 5, None);
        // Its own extra requests (clock sync, the order read-back) are charged too.
        await exchange.CreateOrderAsync("BTC/USD", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, "throttled-1", None);

        var stats = await sim.StatsAsync();
        Assert.Equal(0, stats.GetProperty("rejectedByWeight").GetInt64());
        Assert.InRange(stats.GetProperty("maxUsedWeight").GetInt32(), 1, 20);
    }

    [Fact]
    public async Task PlainAdapter_EachInjectedFault_MapsToItsTransientType()
    {
        await using var sim = await CoinbaseSimFixture.StartAsync("--symbols", "BTC/USD");
        var coinbase = CoinbaseSimFixture.Coinbase(sim.BaseUrl);

        await sim.SetFaultsAsync(rate429: 1, rate5xx: 0, rateDrop: 0, retryAfterSeconds: 7);
        var limited = await Assert.ThrowsAsync<RateLimitExceededException>(() => coinbase.FetchTimeAsync(None));
        Assert.Equal(TimeSpan.FromSeconds(7), limited.RetryAfter);

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 1, rateDrop: 0);
        await Assert.ThrowsAsync<ExchangeNotAvailableException>(() => coinbase.FetchTimeAsync(None));

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 0, rateDrop: 1);
        var dropped = await Assert.ThrowsAsync<ExchangeNotAvailableException>(() => coinbase.FetchTimeAsync(None));
        Assert.IsAssignableFrom<HttpRequestException>(dropped.InnerException);

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 0, rateDrop: 0, latencyMs: 5000);
        var slow = CoinbaseSimFixture.Coinbase(sim.BaseUrl, timeout: TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAsync<RequestTimeoutException>(() => slow.FetchTimeAsync(None));

        await sim.SetFaultsAsync(0, 0, 0);
        Assert.True(await coinbase.FetchTimeAsync(None) > 0);
    }

    [Fact]
    public async Task RetryingAdapter_UnderInjectedFaults_PlacesEveryOrderExactlyOnceByClientOrderId()
    {
        await using var sim = await CoinbaseSimFixture.StartAsync("--symbols", "BTC/USD", "--balances", "USD=1000000", "--random-walk", "3", "--weight-limit", "100000");
        var exchange = new RetryingExchange(CoinbaseSimFixture.Coinbase(sim.BaseUrl),
            new RetryOptions(MaxRetries: 15, BaseDelay: TimeSpan.FromMilliseconds(5), MaxDelay: TimeSpan.FromMilliseconds(100)), TimeProvider.System, Logger.None);
        await exchange.LoadMarketsAsync(None);
        await sim.SetFaultsAsync(rate429: 0.05, rate5xx: 0.1, rateDrop: 0.1, retryAfterSeconds: 0, seed: 42);

        var placed = new Dictionary<string, ExchangeOrder>();
        for (int i = 0; i < 10; i++)
        {
            var market = $"cfi-m-{i}";
            placed[market] = await exchange.CreateOrderAsync("BTC/USD", OrderType.Market, OrderSide.Buy, 0.001m, null, market, None);
            var limit = $"cfi-l-{i}";
            placed[limit] = await exchange.CreateOrderAsync("BTC/USD", OrderType.Limit, OrderSide.Buy, 0.01m, 1000m + i, limit, None);
        }

        var stats = await sim.StatsAsync();
        await sim.SetFaultsAsync(0, 0, 0);
        Assert.True(stats.GetProperty("injected5xx").GetInt64() + stats.GetProperty("injectedDrops").GetInt64() > 0, "no fault was injected");
        var orders = (await sim.OrdersAsync()).EnumerateArray()
            .Select(o => (Id: o.GetProperty("orderId").GetString()!, ClientId: o.GetProperty("clientOrderId").GetString()!)).ToList();
        Assert.Equal(20, orders.Count);
        Assert.All(placed, p => Assert.Equal(p.Value.Id, Assert.Single(orders, o => o.ClientId == p.Key).Id));
    }

    [Fact]
    public async Task FetchMyTrades_MoreThanAPageOfFills_FollowsTheCursorOldestFirst()
    {
        await using var sim = await CoinbaseSimFixture.StartAsync("--symbols", "BTC/USD", "--balances", "USD=1000000", "--weight-limit", "100000");
        var coinbase = CoinbaseSimFixture.Coinbase(sim.BaseUrl);
        long since = await coinbase.FetchTimeAsync(None) - 3_600_000;
        var ids = new List<string>();
        for (int i = 0; i < 105; i++) ids.Add((await coinbase.CreateOrderAsync("BTC/USD", OrderType.Market, OrderSide.Buy, 0.001m, null, $"page-{i}", None)).Id);

        var all = await coinbase.FetchMyTradesAsync("BTC/USD", since, 1000, None);
        var newest = await coinbase.FetchMyTradesAsync("BTC/USD", null, 10, None);

        Assert.Equal(ids, all.Select(t => t.OrderId));
        Assert.Equal(ids[^10..], newest.Select(t => t.OrderId));
    }

    [Fact]
    public async Task Simulator_CoinbaseDialectWithoutAPem_RefusesToStartAndSaysWhatItNeeds()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ExchangeSimProcess.StartAsync("--dialect", "coinbase", "--api-key", ExchangeSimProcess.CoinbaseKeyName, "--api-secret", "not-a-pem"));

        Assert.Contains("EC P-256 private key PEM", e.Message);
    }
}
