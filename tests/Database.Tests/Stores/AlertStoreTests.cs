using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class AlertStoreTests(DatabaseBackend backend) : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    public void Dispose() => backend.Dispose();

    private static AlertEvent Event(string key, long timeMs = 1_000) => new(key, "eth-15m", AlertKinds.Entry, timeMs, $"text of {key}");

    [Fact]
    public async Task AddAsync_SameKeyTwice_OneAlert()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        Assert.True(await db.Alerts.AddAsync(Event("fill:a"), 5_000, Ct));
        Assert.False(await db.Alerts.AddAsync(Event("fill:a", 2_000), 6_000, Ct));

        var alert = Assert.Single(await db.Alerts.ListRecentAsync(10, Ct));
        Assert.Equal((Event("fill:a"), 5_000L), (alert.Event, alert.CreatedMs));
    }

    [Fact]
    public async Task UndeliveredAsync_PerChannel_OldestFirstUntilMarked()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        foreach (var key in new[] { "a", "b", "c" }) await db.Alerts.AddAsync(Event(key), 5_000, Ct);
        var all = await db.Alerts.UndeliveredAsync("telegram", 10, Ct);

        await db.Alerts.MarkDeliveredAsync(all[0].Seq, "telegram", 7_000, "sent", Ct);
        await db.Alerts.MarkDeliveredAsync(all[0].Seq, "telegram", 8_000, "sent", Ct);

        Assert.Equal(["a", "b", "c"], all.Select(a => a.Event.Key));
        Assert.Equal(["b"], (await db.Alerts.UndeliveredAsync("telegram", 1, Ct)).Select(a => a.Event.Key));
        Assert.Equal(["a", "b", "c"], (await db.Alerts.UndeliveredAsync("webhook", 10, Ct)).Select(a => a.Event.Key));
    }

    [Fact]
    public async Task UpsertWithFillsAsync_WithAlert_OrderAndAlertTogetherOnce()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var order = OrderStoreTests.NewOrder("c-1");

        await db.Orders.UpsertWithFillsAsync(order, [], Event("fill:c-1"), 5_000, Ct);
        await db.Orders.UpsertWithFillsAsync(order, [], Event("fill:c-1"), 6_000, Ct);

        Assert.Equal(order, await db.Orders.GetAsync("c-1", Ct));
        Assert.Equal("fill:c-1", Assert.Single(await db.Alerts.ListRecentAsync(10, Ct)).Event.Key);
    }
}

public sealed class SqliteAlertStoreTests() : AlertStoreTests(DatabaseBackend.Sqlite());

public sealed class PostgresAlertStoreTests() : AlertStoreTests(DatabaseBackend.Postgres());
