using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class EquityStoreTests(DatabaseBackend backend) : IDisposable
{
    public void Dispose() => backend.Dispose();

    [Fact]
    public async Task AddAsync_Snapshots_ListsRangeInTimeOrder()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var snapshots = Enumerable.Range(0, 5).Select(i => new EquitySnapshot("btc-1h", i * 1_000, 10_000m + i * 0.01m, 9_000m, 1_000m + i * 0.01m)).ToArray();
        foreach (var s in snapshots.Reverse()) await db.Equity.AddAsync(s, CancellationToken.None);
        await db.Equity.AddAsync(new EquitySnapshot("other", 1_000, 1m, 1m, 0m), CancellationToken.None);

        Assert.Equal(snapshots[1..4], await db.Equity.ListAsync("btc-1h", 1_000, 4_000, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_SameTimeTwice_KeepsTheLatest()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Equity.AddAsync(new EquitySnapshot("btc-1h", 1_000, 1m, 1m, 0m), CancellationToken.None);
        var second = new EquitySnapshot("btc-1h", 1_000, 2m, 1.5m, 0.5m);

        await db.Equity.AddAsync(second, CancellationToken.None);

        Assert.Equal([second], await db.Equity.ListAsync("btc-1h", 0, 10_000, CancellationToken.None));
    }

    [Fact]
    public async Task LatestAsync_SnapshotsAddedOutOfOrder_ReturnsTheNewestOfThatInstance()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        Assert.Null(await db.Equity.LatestAsync("btc-1h", CancellationToken.None));
        var newest = new EquitySnapshot("btc-1h", 3_000, 10_003.5m, 9_000m, 1_003.5m);
        await db.Equity.AddAsync(new EquitySnapshot("btc-1h", 1_000, 10_001m, 9_000m, 1_001m), CancellationToken.None);
        await db.Equity.AddAsync(newest, CancellationToken.None);
        await db.Equity.AddAsync(new EquitySnapshot("btc-1h", 2_000, 10_002m, 9_000m, 1_002m), CancellationToken.None);
        await db.Equity.AddAsync(new EquitySnapshot("other", 9_000, 1m, 1m, 0m), CancellationToken.None);

        Assert.Equal(newest, await db.Equity.LatestAsync("btc-1h", CancellationToken.None));
    }
}

public sealed class SqliteEquityStoreTests() : EquityStoreTests(DatabaseBackend.Sqlite());

public sealed class PostgresEquityStoreTests() : EquityStoreTests(DatabaseBackend.Postgres());
