using Serilog.Core;
using Trader.Domain;
using Trader.Exchange.Adapters.Bybit;
using Trader.Exchange.Decorators;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>Bybit's rate limit and injected faults against the bybit dialect: each reaches the caller as its unified type.</summary>
public sealed class BybitResilienceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PlainAdapter_OverTheLimit_Gets10006AsRateLimitExceededWithTheResetTime()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--dialect", "bybit", "--weight-limit", "10", "--weight-window", "1m");
        var bybit = BybitSimFixture.Bybit(sim.BaseUrl);

        var e = await Assert.ThrowsAsync<RateLimitExceededException>(async () =>
        {
            for (int i = 0; i < 12; i++) await bybit.FetchTimeAsync(None);
        });

        Assert.Contains("10006", e.Message);
        Assert.InRange(e.RetryAfter, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task ThrottledAdapter_ManyRequests_NeverExceedsItsShareOfTheLimit()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--dialect", "bybit", "--weight-limit", "20", "--weight-window", "2s");
        var limiter = new WeightLimiter(20, share: 0.5, TimeSpan.FromSeconds(2), TimeProvider.System);
        var exchange = new ThrottledExchange(BybitSimFixture.Bybit(sim.BaseUrl, limiter: limiter), limiter, BybitLimits.Spot);

        await exchange.LoadMarketsAsync(None);
        for (int i = 0; i < 25; i++) await exchange.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 5, None);
        // Its own extra requests (clock sync, the order read-back) are charged too.
        await exchange.CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, "throttled-1", None);

        var stats = await sim.StatsAsync();
        Assert.Equal(0, stats.GetProperty("rejectedByWeight").GetInt64());
        // Its share is 10 per window; a request charged just before a window ends may land just after, in the next.
        Assert.InRange(stats.GetProperty("maxUsedWeight").GetInt32(), 1, 20);
    }

    [Fact]
    public async Task PlainAdapter_EachInjectedFault_MapsToItsTransientType()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--dialect", "bybit");
        var bybit = BybitSimFixture.Bybit(sim.BaseUrl);

        await sim.SetFaultsAsync(rate429: 1, rate5xx: 0, rateDrop: 0, retryAfterSeconds: 7);
        var limited = await Assert.ThrowsAsync<RateLimitExceededException>(() => bybit.FetchTimeAsync(None));
        Assert.Equal(TimeSpan.FromSeconds(7), limited.RetryAfter);

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 1, rateDrop: 0);
        await Assert.ThrowsAsync<ExchangeNotAvailableException>(() => bybit.FetchTimeAsync(None));

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 0, rateDrop: 1);
        var dropped = await Assert.ThrowsAsync<ExchangeNotAvailableException>(() => bybit.FetchTimeAsync(None));
        Assert.IsAssignableFrom<HttpRequestException>(dropped.InnerException);

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 0, rateDrop: 0, latencyMs: 5000);
        var slow = BybitSimFixture.Bybit(sim.BaseUrl, timeout: TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAsync<RequestTimeoutException>(() => slow.FetchTimeAsync(None));

        await sim.SetFaultsAsync(0, 0, 0);
        Assert.True(await bybit.FetchTimeAsync(None) > 0);
    }

    [Fact]
    public async Task RetryingAdapter_UnderInjectedFaults_PlacesEveryOrderExactlyOnceByOrderLinkId()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--dialect", "bybit", "--balances", "USDT=1000000", "--random-walk", "3");
        var exchange = new RetryingExchange(BybitSimFixture.Bybit(sim.BaseUrl),
            new RetryOptions(MaxRetries: 15, BaseDelay: TimeSpan.FromMilliseconds(5), MaxDelay: TimeSpan.FromMilliseconds(100)), TimeProvider.System, Logger.None);
        await exchange.LoadMarketsAsync(None);
        await sim.SetFaultsAsync(rate429: 0.05, rate5xx: 0.1, rateDrop: 0.1, retryAfterSeconds: 0, seed: 42);

        var placed = new Dictionary<string, ExchangeOrder>();
        for (int i = 0; i < 10; i++)
        {
            var market = $"bfi-m-{i}";
            placed[market] = await exchange.CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.001m, null, market, None);
            var limit = $"bfi-l-{i}";
            placed[limit] = await exchange.CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.01m, 1000m + i, limit, None);
        }

        var stats = await sim.StatsAsync();
        await sim.SetFaultsAsync(0, 0, 0);
        Assert.True(stats.GetProperty("injected5xx").GetInt64() + stats.GetProperty("injectedDrops").GetInt64() > 0, "no fault was injected");
        var orders = (await sim.OrdersAsync()).EnumerateArray()
            .Select(o => (Id: o.GetProperty("orderId").GetString()!, Link: o.GetProperty("clientOrderId").GetString()!)).ToList();
        Assert.Equal(20, orders.Count);
        Assert.All(placed, p => Assert.Equal(p.Value.Id, Assert.Single(orders, o => o.Link == p.Key).Id));
    }

    [Fact]
    public async Task FetchMyTrades_MoreThanAPageOfExecutions_FollowsTheCursorOldestFirst()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--dialect", "bybit", "--balances", "USDT=1000000");
        var bybit = BybitSimFixture.Bybit(sim.BaseUrl);
        long since = await bybit.FetchTimeAsync(None) - 3_600_000;
        var ids = new List<string>();
        for (int i = 0; i < 105; i++) ids.Add((await bybit.CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.001m, null, $"page-{i}", None)).Id);

        var all = await bybit.FetchMyTradesAsync("BTC/USDT", since, 1000, None);
        var newest = await bybit.FetchMyTradesAsync("BTC/USDT", null, 10, None);

        Assert.Equal(ids, all.Select(t => t.OrderId));
        Assert.Equal(ids[^10..], newest.Select(t => t.OrderId));
    }
}
