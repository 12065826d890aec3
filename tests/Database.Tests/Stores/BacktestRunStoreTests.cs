using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class BacktestRunStoreTests(DatabaseBackend backend) : IDisposable
{
    public void Dispose() => backend.Dispose();

    private static BacktestRun NewRun(long createdMs, string metrics = """{"total_return":0.125,"trades":14}""") =>
        new(0, "btc-1h", "sha256:abc", "name: btc-1h\nsymbol: BTC/USDT\n", new SeriesKey("binance", "BTC/USDT", Timeframe.H1),
            1_600_000_000_000, 1_700_000_000_000, createdMs, metrics);

    [Fact]
    public async Task AddAsync_Run_RoundTripsAndListsNewestFirst()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        var first = await db.BacktestRuns.AddAsync(NewRun(1_000), CancellationToken.None);
        var second = await db.BacktestRuns.AddAsync(NewRun(2_000), CancellationToken.None);

        Assert.Equal(first, await db.BacktestRuns.GetAsync(first.Id, CancellationToken.None));
        Assert.Equal([second, first], await db.BacktestRuns.ListAsync("btc-1h", CancellationToken.None));
    }

    [Fact]
    public async Task ListRecentAsync_RunsOfSeveralInstances_NewestFirstUpToTheLimit()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var oldest = await db.BacktestRuns.AddAsync(NewRun(1_000), CancellationToken.None);
        var other = await db.BacktestRuns.AddAsync(NewRun(3_000) with { Name = "eth-15m" }, CancellationToken.None);
        var middle = await db.BacktestRuns.AddAsync(NewRun(2_000), CancellationToken.None);

        Assert.Equal([other, middle], await db.BacktestRuns.ListRecentAsync(2, CancellationToken.None));
        Assert.Equal([other, middle, oldest], await db.BacktestRuns.ListRecentAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_MetricsNotJson_IsRefused()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        await Assert.ThrowsAsync<DatabaseException>(() => db.BacktestRuns.AddAsync(NewRun(1_000, "{not json"), CancellationToken.None));
        Assert.Empty(await db.BacktestRuns.ListAsync("btc-1h", CancellationToken.None));
    }
}

public sealed class SqliteBacktestRunStoreTests() : BacktestRunStoreTests(DatabaseBackend.Sqlite());

public sealed class PostgresBacktestRunStoreTests() : BacktestRunStoreTests(DatabaseBackend.Postgres());
