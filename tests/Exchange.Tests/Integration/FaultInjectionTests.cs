using Serilog.Core;
using Trader.Domain;
using Trader.Exchange.Decorators;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>429s, 503s and dropped connections before and after the simulator acts: no order may be lost or doubled.</summary>
public sealed class FaultInjectionTests
{
    [Fact]
    public async Task RetryingAdapter_UnderInjectedFaults_PlacesEveryOrderExactlyOnce()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--balances", "USDT=1000000", "--random-walk", "3");
        var exchange = new RetryingExchange(SimFixture.Binance(sim.BaseUrl),
            new RetryOptions(MaxRetries: 15, BaseDelay: TimeSpan.FromMilliseconds(5), MaxDelay: TimeSpan.FromMilliseconds(100)), TimeProvider.System, Logger.None);
        await exchange.LoadMarketsAsync(CancellationToken.None);
        await sim.SetFaultsAsync(rate429: 0.05, rate5xx: 0.1, rateDrop: 0.1, retryAfterSeconds: 0, seed: 42);

        var placed = new Dictionary<string, ExchangeOrder>();
        for (int i = 0; i < 12; i++)
        {
            var market = $"fi-m-{i}";
            placed[market] = await exchange.CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.001m, null, market, CancellationToken.None);
            var limit = $"fi-l-{i}";
            placed[limit] = await exchange.CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.01m, 1000m + i, limit, CancellationToken.None);
        }

        var stats = await sim.StatsAsync();
        await sim.SetFaultsAsync(0, 0, 0);
        Assert.True(stats.GetProperty("injected5xx").GetInt64() + stats.GetProperty("injectedDrops").GetInt64() > 0, "no fault was injected");
        var orders = (await sim.OrdersAsync()).EnumerateArray()
            .Select(o => (Id: o.GetProperty("orderId").GetString()!, Client: o.GetProperty("clientOrderId").GetString()!)).ToList();
        Assert.Equal(24, orders.Count);
        Assert.All(placed, p => Assert.Equal(p.Value.Id, Assert.Single(orders, o => o.Client == p.Key).Id));
    }

    [Fact]
    public async Task RetryingAdapter_UnderInjectedFaults_PlacesAndCancelsEveryOcoListExactlyOnce()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--balances", "USDT=1000000,BTC=10", "--random-walk", "3");
        var exchange = new RetryingExchange(SimFixture.Binance(sim.BaseUrl),
            new RetryOptions(MaxRetries: 15, BaseDelay: TimeSpan.FromMilliseconds(5), MaxDelay: TimeSpan.FromMilliseconds(100)), TimeProvider.System, Logger.None);
        decimal last = (await exchange.FetchTickerAsync("BTC/USDT", CancellationToken.None)).Last;
        await sim.SetFaultsAsync(rate429: 0.05, rate5xx: 0.1, rateDrop: 0.1, retryAfterSeconds: 0, seed: 43);

        var lists = exchange.OrderLists!;
        var placed = new Dictionary<string, OrderList>();
        for (int i = 0; i < 8; i++)
        {
            var id = $"fi-oco-{i}";
            placed[id] = await lists.CreateOcoOrderAsync(new OcoOrder("BTC/USDT", OrderSide.Sell, 0.01m, last * 1.5m, last * 0.5m, last * 0.49m, id, id + ".t", id + ".s"), CancellationToken.None);
            if (i % 2 == 0) Assert.True((await lists.CancelOrderListAsync("BTC/USDT", OrderRef.ByClientId(id), CancellationToken.None)).IsDone);
        }

        var stats = await sim.StatsAsync();
        await sim.SetFaultsAsync(0, 0, 0);
        Assert.True(stats.GetProperty("injected5xx").GetInt64() + stats.GetProperty("injectedDrops").GetInt64() > 0, "no fault was injected");
        var legs = (await sim.OrdersAsync()).EnumerateArray()
            .Select(o => (Client: o.GetProperty("clientOrderId").GetString()!, List: o.GetProperty("orderListId").GetString()!, Status: o.GetProperty("status").GetString()!)).ToList();
        Assert.Equal(16, legs.Count);
        Assert.All(placed, p => Assert.Equal(p.Value.Id, Assert.Single(legs, l => l.Client == p.Key + ".s").List));
        Assert.Equal(4, (await lists.FetchOpenOrderListsAsync("BTC/USDT", CancellationToken.None)).Count);
        Assert.Equal(8, legs.Count(l => l.Status == "CANCELED"));
    }
}
