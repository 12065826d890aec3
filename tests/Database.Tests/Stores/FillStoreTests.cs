using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class FillStoreTests(DatabaseBackend backend) : IDisposable
{
    public void Dispose() => backend.Dispose();

    private static Fill NewFill(string fillId, long timeMs) =>
        new("c-1", fillId, "BTC/USDT", OrderSide.Buy, 42_000.01m, 0.00075m, 0.00000075m, "BTC", timeMs);

    [Fact]
    public async Task AddAsync_TwoFills_ListsThemInTimeOrder()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Orders.UpsertAsync(OrderStoreTests.NewOrder("c-1"), CancellationToken.None);

        Assert.True(await db.Fills.AddAsync(NewFill("t-2", 2_000), CancellationToken.None));
        Assert.True(await db.Fills.AddAsync(NewFill("t-1", 1_000), CancellationToken.None));

        Assert.Equal([NewFill("t-1", 1_000), NewFill("t-2", 2_000)], await db.Fills.ListByOrderAsync("c-1", CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_SameFillTwice_ReturnsFalseAndKeepsOne()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Orders.UpsertAsync(OrderStoreTests.NewOrder("c-1"), CancellationToken.None);
        await db.Fills.AddAsync(NewFill("t-1", 1_000), CancellationToken.None);

        Assert.False(await db.Fills.AddAsync(NewFill("t-1", 1_000), CancellationToken.None));
        Assert.Single(await db.Fills.ListByOrderAsync("c-1", CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_OrderNotStored_SaysToStoreTheOrderFirst()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        var e = await Assert.ThrowsAsync<DatabaseException>(() => db.Fills.AddAsync(NewFill("t-1", 1_000), CancellationToken.None));

        Assert.Contains("order c-1 is not in the database", e.Message);
    }
}

public sealed class SqliteFillStoreTests() : FillStoreTests(DatabaseBackend.Sqlite());

public sealed class PostgresFillStoreTests() : FillStoreTests(DatabaseBackend.Postgres());
