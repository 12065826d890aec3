using Microsoft.Data.Sqlite;
using Serilog;
using Trader.Database.Tests.Stores;

namespace Trader.Database.Tests.Concurrency;

public sealed class BusyRetryTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // Short waits so that the lock holder below is met quickly; the real defaults wait seconds.
    private static readonly DatabaseOptions Impatient = DatabaseOptions.Default with
    {
        BusyTimeout = TimeSpan.FromMilliseconds(20), RetryBaseDelay = TimeSpan.FromMilliseconds(5), RetryMaxDelay = TimeSpan.FromMilliseconds(20),
    };

    /// <summary>Another "process" (its own unpooled connection) holding the write lock until disposed.</summary>
    private static SqliteConnection HoldWriteLock(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE; INSERT INTO instances VALUES ('holder', 'h', 'paper', 'sim', 'X/Y', '1m', 'v', 0, 0, NULL, 'running');";
        command.ExecuteNonQuery();
        return connection;   // disposing rolls the open transaction back and releases the lock
    }

    [Fact]
    public async Task UpsertAsync_WhileAnotherWriterHoldsTheLock_RetriesAndCommitsOnceReleased()
    {
        string path = _dir.File("t.db");
        var signal = new LogSignal("busy");
        using var db = await TestDatabase.OpenAsync(path, Impatient with { MaxAttempts = 10_000 }, TimeProvider.System,
            new LoggerConfiguration().WriteTo.Sink(signal).CreateLogger());
        var holder = HoldWriteLock(path);

        var write = db.Orders.UpsertAsync(OrderStoreTests.NewOrder("c-1"), CancellationToken.None);
        await signal.Seen;                 // the write met the lock and is backing off
        holder.Dispose();
        await write;

        Assert.NotNull(await db.Orders.GetAsync("c-1", CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_LockNeverReleased_FailsClearlyAndKeepsEarlierCommits()
    {
        string path = _dir.File("t.db");
        using var db = await TestDatabase.OpenAsync(path, Impatient with { MaxAttempts = 3 }, TimeProvider.System);
        await db.Orders.UpsertAsync(OrderStoreTests.NewOrder("c-1"), CancellationToken.None);

        DatabaseException e;
        using (HoldWriteLock(path))
            e = await Assert.ThrowsAsync<DatabaseException>(() => db.Orders.UpsertAsync(OrderStoreTests.NewOrder("c-2"), CancellationToken.None));

        Assert.Contains("stayed locked by another process through 3 attempts", e.Message);
        Assert.Contains("earlier commits are intact", e.Message);
        Assert.NotNull(await db.Orders.GetAsync("c-1", CancellationToken.None));
        Assert.Null(await db.Orders.GetAsync("c-2", CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_ManyConcurrentWriters_AllCommit()
    {
        string path = _dir.File("t.db");
        // Twenty databases = twenty connection pools on one file, writing at once with the real defaults.
        var databases = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TestDatabase.OpenAsync(path, clock: TimeProvider.System)));

        await Task.WhenAll(databases.Select((db, w) => Task.Run(async () =>
        {
            for (int i = 0; i < 25; i++)
                await db.Orders.UpsertAsync(OrderStoreTests.NewOrder($"w{w}-{i}", instance: $"i{w}"), CancellationToken.None);
        })));

        for (int w = 0; w < databases.Length; w++)
            Assert.Equal(25, (await databases[0].Orders.ListAsync($"i{w}", CancellationToken.None)).Count);
        foreach (var db in databases) db.Dispose();
    }
}
