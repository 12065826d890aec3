using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class OrderStoreTests(DatabaseBackend backend) : IDisposable
{
    public void Dispose() => backend.Dispose();

    internal static Order NewOrder(string id, string instance = "btc-1h", long timeMs = 1_000) => new(
        id, instance, "binance", "BTC/USDT", OrderSide.Buy, OrderType.Limit, OrderStatus.Open,
        Price: 42_000.10m, Amount: 0.00150m, Filled: 0m, Average: null, Fee: 0m, FeeCurrency: null,
        CreatedMs: timeMs, UpdatedMs: timeMs, ExchangeOrderId: null, Reason: "entry signal");

    [Fact]
    public async Task UpsertAsync_NewOrder_RoundTripsEveryField()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var order = NewOrder("c-1") with { ExchangeOrderId = "x-9", Type = OrderType.Market, Average = 41_999.95m, FeeCurrency = "BNB" };

        await db.Orders.UpsertAsync(order, CancellationToken.None);

        Assert.Equal(order, await db.Orders.GetAsync("c-1", CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_SameClientId_UpdatesStateAndKeepsOneRow()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var order = NewOrder("c-1");
        await db.Orders.UpsertAsync(order, CancellationToken.None);
        var filled = order with
        {
            ExchangeOrderId = "x-1", Status = OrderStatus.Closed, Filled = 0.00150m, Average = 42_000.05m,
            Fee = 0.0000015m, FeeCurrency = "BTC", UpdatedMs = 2_000, Reason = "filled",
        };

        await db.Orders.UpsertAsync(filled, CancellationToken.None);

        Assert.Equal([filled], await db.Orders.ListAsync("btc-1h", CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_OlderStateAfterNewer_IsIgnored()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var newer = NewOrder("c-1") with { Status = OrderStatus.Closed, Filled = 0.00150m, UpdatedMs = 5_000, ExchangeOrderId = "x-1" };
        await db.Orders.UpsertAsync(newer, CancellationToken.None);

        await db.Orders.UpsertAsync(NewOrder("c-1") with { UpdatedMs = 3_000 }, CancellationToken.None);

        Assert.Equal(newer, await db.Orders.GetAsync("c-1", CancellationToken.None));
    }

    [Fact]
    public async Task ListOpenAsync_MixedStatusesAndInstances_ReturnsOnlyThisInstancesOpenOrdersOldestFirst()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Orders.UpsertAsync(NewOrder("c-3", timeMs: 3_000), CancellationToken.None);
        await db.Orders.UpsertAsync(NewOrder("c-1", timeMs: 1_000), CancellationToken.None);
        await db.Orders.UpsertAsync(NewOrder("c-2", timeMs: 2_000) with { Status = OrderStatus.Canceled }, CancellationToken.None);
        await db.Orders.UpsertAsync(NewOrder("e-1", instance: "eth-15m"), CancellationToken.None);

        var open = await db.Orders.ListOpenAsync("btc-1h", CancellationToken.None);

        Assert.Equal(["c-1", "c-3"], open.Select(o => o.ClientOrderId));
    }

    [Fact]
    public async Task UpsertWithFillsAsync_FilledOrder_StoresTheStateAndItsFillTogether()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Orders.UpsertAsync(NewOrder("c-1"), CancellationToken.None);
        var filled = NewOrder("c-1") with { ExchangeOrderId = "x-1", Status = OrderStatus.Closed, Filled = 0.00150m, UpdatedMs = 2_000 };
        var fill = new Fill("c-1", "1", "BTC/USDT", OrderSide.Buy, 42_000.05m, 0.00150m, 0.06m, "USDT", 2_000);

        await db.Orders.UpsertWithFillsAsync(filled, [fill], CancellationToken.None);
        await db.Orders.UpsertWithFillsAsync(filled, [fill], CancellationToken.None);

        Assert.Equal(filled, await db.Orders.GetAsync("c-1", CancellationToken.None));
        Assert.Equal([fill], await db.Fills.ListByOrderAsync("c-1", CancellationToken.None));
    }

    [Fact]
    public async Task UpsertWithFillsAsync_FillFails_LeavesTheOrderAsItWas()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var open = NewOrder("c-1");
        await db.Orders.UpsertAsync(open, CancellationToken.None);
        var filled = open with { Status = OrderStatus.Closed, Filled = 0.00150m, UpdatedMs = 2_000 };
        // A fill of an order that is not stored breaks the foreign key inside the transaction.
        var orphan = new Fill("c-9", "1", "BTC/USDT", OrderSide.Buy, 42_000.05m, 0.00150m, 0.06m, "USDT", 2_000);

        await Assert.ThrowsAsync<DatabaseException>(() => db.Orders.UpsertWithFillsAsync(filled, [orphan], CancellationToken.None));

        Assert.Equal(open, await db.Orders.GetAsync("c-1", CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        Assert.Null(await db.Orders.GetAsync("nope", CancellationToken.None));
    }
}

public sealed class SqliteOrderStoreTests() : OrderStoreTests(DatabaseBackend.Sqlite());

public sealed class PostgresOrderStoreTests() : OrderStoreTests(DatabaseBackend.Postgres());
