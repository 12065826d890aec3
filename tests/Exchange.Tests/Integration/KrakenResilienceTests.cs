using Serilog.Core;
using Trader.Domain;
using Trader.Exchange.Adapters.Kraken;
using Trader.Exchange.Decorators;

namespace Trader.Exchange.Tests.Integration;

/// <summary>Kraken's call budget and injected faults against the kraken dialect: each reaches the caller as its unified type.</summary>
public sealed class KrakenResilienceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PlainAdapter_OverTheBudget_GetsRateLimitExceeded()
    {
        await using var sim = await KrakenSimFixture.Start("--weight-limit", "10", "--weight-window", "1m");
        var kraken = KrakenSimFixture.Kraken(sim.BaseUrl);

        var e = await Assert.ThrowsAsync<RateLimitExceededException>(async () =>
        {
            for (int i = 0; i < 12; i++) await kraken.FetchTimeAsync(None);
        });

        Assert.Contains("EAPI:Rate limit exceeded", e.Message);
        Assert.True(e.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task ThrottledAdapter_ManyPublicAndPrivateCalls_NeverExceedsItsShareOfTheBudget()
    {
        await using var sim = await KrakenSimFixture.Start("--weight-limit", "20", "--weight-window", "2s", "--balances", "USDT=100000,USD=100000");
        var publicLimiter = new WeightLimiter(20, share: 0.5, TimeSpan.FromSeconds(2), TimeProvider.System);
        var privateLimiter = new WeightLimiter(20, share: 0.5, TimeSpan.FromSeconds(2), TimeProvider.System);
        var exchange = new ThrottledExchange(KrakenSimFixture.Kraken(sim.BaseUrl, publicLimiter: publicLimiter, privateLimiter: privateLimiter), privateLimiter, KrakenLimits.Spot);

        for (int i = 0; i < 15; i++) await exchange.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 5, None);
        for (int i = 0; i < 5; i++) await exchange.CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, $"throttled-{i}", None);

        var stats = await sim.StatsAsync();
        Assert.Equal(0, stats.GetProperty("rejectedByWeight").GetInt64());
        Assert.InRange(stats.GetProperty("maxUsedWeight").GetInt32(), 1, 20);
    }

    [Fact]
    public async Task PlainAdapter_EachInjectedFault_MapsToItsTransientType()
    {
        await using var sim = await KrakenSimFixture.Start("--weight-limit", "1000");
        var kraken = KrakenSimFixture.Kraken(sim.BaseUrl);

        await sim.SetFaultsAsync(rate429: 1, rate5xx: 0, rateDrop: 0, retryAfterSeconds: 7);
        var limited = await Assert.ThrowsAsync<RateLimitExceededException>(() => kraken.FetchTimeAsync(None));
        Assert.Equal(TimeSpan.FromSeconds(7), limited.RetryAfter);

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 1, rateDrop: 0);
        await Assert.ThrowsAsync<ExchangeNotAvailableException>(() => kraken.FetchTimeAsync(None));

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 0, rateDrop: 1);
        var dropped = await Assert.ThrowsAsync<ExchangeNotAvailableException>(() => kraken.FetchTimeAsync(None));
        Assert.IsAssignableFrom<HttpRequestException>(dropped.InnerException);

        await sim.SetFaultsAsync(rate429: 0, rate5xx: 0, rateDrop: 0, latencyMs: 5000);
        var slow = KrakenSimFixture.Kraken(sim.BaseUrl, timeout: TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAsync<RequestTimeoutException>(() => slow.FetchTimeAsync(None));

        await sim.SetFaultsAsync(0, 0, 0);
        Assert.True(await kraken.FetchTimeAsync(None) > 0);
    }

    [Fact]
    public async Task RetryingAdapter_UnderInjectedFaults_PlacesEveryOrderExactlyOnceByClientOrderId()
    {
        await using var sim = await KrakenSimFixture.Start("--weight-limit", "100000", "--balances", "USDT=1000000", "--random-walk", "3");
        var exchange = new RetryingExchange(KrakenSimFixture.Kraken(sim.BaseUrl),
            new RetryOptions(MaxRetries: 15, BaseDelay: TimeSpan.FromMilliseconds(5), MaxDelay: TimeSpan.FromMilliseconds(100)), TimeProvider.System, Logger.None);
        await exchange.LoadMarketsAsync(None);
        await sim.SetFaultsAsync(rate429: 0.05, rate5xx: 0.1, rateDrop: 0.1, retryAfterSeconds: 0, seed: 42);

        var placed = new Dictionary<string, ExchangeOrder>();
        for (int i = 0; i < 10; i++)
        {
            // Long ids, as the trader makes them: they travel as UUIDs.
            var market = $"kfi-market-order-number-{i}";
            placed[market] = await exchange.CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.001m, null, market, None);
            var limit = $"kfi-l-{i}";
            placed[limit] = await exchange.CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.01m, 1000m + i, limit, None);
        }

        var stats = await sim.StatsAsync();
        await sim.SetFaultsAsync(0, 0, 0);
        Assert.True(stats.GetProperty("injected5xx").GetInt64() + stats.GetProperty("injectedDrops").GetInt64() > 0, "no fault was injected");
        var orders = (await sim.OrdersAsync()).EnumerateArray()
            .Select(o => (Id: o.GetProperty("orderId").GetString()!, Client: o.GetProperty("clientOrderId").GetString()!)).ToList();
        Assert.Equal(20, orders.Count);
        Assert.All(placed, p => Assert.Single(orders, o => o.Client == KrakenClientIds.ToWire(p.Key)));
        Assert.All(placed, p => Assert.Equal(p.Key, p.Value.ClientOrderId));
    }

    [Fact]
    public async Task FetchMyTrades_MoreThanAPageOfFills_FollowsTheOffsetOldestFirst()
    {
        await using var sim = await KrakenSimFixture.Start("--weight-limit", "100000", "--balances", "USDT=1000000");
        var kraken = KrakenSimFixture.Kraken(sim.BaseUrl);
        long since = await kraken.FetchTimeAsync(None) - 3_600_000;
        var ids = new List<string>();
        for (int i = 0; i < 55; i++) ids.Add((await kraken.CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.001m, null, $"page-{i}", None)).Id);

        var all = await kraken.FetchMyTradesAsync("BTC/USDT", since, 1000, None);
        var newest = await kraken.FetchMyTradesAsync("BTC/USDT", null, 10, None);

        Assert.Equal(ids, all.Select(t => t.OrderId));
        Assert.Equal(ids[^10..], newest.Select(t => t.OrderId));
    }
}
