using Dapper;
using Microsoft.Data.Sqlite;
using Trader.Database.Migrations;
using Trader.Testing;

namespace Trader.Database.Tests.Migrations;

public sealed class MigrationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static SqliteConnection Raw(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    [Fact]
    public async Task OpenAsync_EmptyFile_AppliesEveryMigrationAndUsesWal()
    {
        string path = _dir.File("sub/dir/t.db");   // the directory is created too
        using var db = await TestDatabase.OpenAsync(path);

        using var connection = Raw(path);
        Assert.Equal(Migration.Sqlite[^1].Version, db.SchemaVersion);
        Assert.Equal(Migration.Sqlite.Select(m => (long)m.Version), connection.Query<long>("SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(
            ["alert_deliveries", "alerts", "backtest_runs", "candle_holes", "candles", "control_commands", "equity_snapshots", "exchange_rate_budget", "exchange_request_stats", "fills", "fund_reservations", "instances", "orders", "rate_limit_windows", "schema_version", "series", "trades"],
            connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    }

    [Fact]
    public async Task OpenAsync_AlreadyMigrated_ChangesNothing()
    {
        string path = _dir.File("t.db");
        using (await TestDatabase.OpenAsync(path)) { }

        using var again = await TestDatabase.OpenAsync(path);

        using var connection = Raw(path);
        Assert.Equal(Migration.Sqlite.Count, connection.ExecuteScalar<long>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task OpenAsync_ManyConcurrentOpeners_ApplyEachMigrationOnce()
    {
        string path = _dir.File("t.db");

        // Separate executors and connection pools race exactly like separate processes racing on the file
        // (the multi-process test repeats this with real processes).
        var opens = Enumerable.Range(0, 12).Select(_ => Task.Run(() => TestDatabase.OpenAsync(path, clock: TimeProvider.System))).ToArray();
        var databases = await Task.WhenAll(opens);

        using var connection = Raw(path);
        Assert.All(databases, d => Assert.Equal(Migration.Sqlite[^1].Version, d.SchemaVersion));
        Assert.Equal(Migration.Sqlite.Count, connection.ExecuteScalar<long>("SELECT count(*) FROM schema_version"));
        foreach (var d in databases) d.Dispose();
    }

    [Fact]
    public async Task OpenAsync_PreviousVersionWithRows_MigratesAndKeepsRows()
    {
        string path = _dir.File("t.db");
        var v1 = Migration.Sqlite.Take(1).ToArray();
        using (var old = await SqliteDatabase.OpenAsync(new SqliteDatabaseUrl(path), DatabaseOptions.Default, v1, new ManualClock(), Serilog.Core.Logger.None, CancellationToken.None))
            await old.Orders.UpsertAsync(Stores.OrderStoreTests.NewOrder("c-1"), CancellationToken.None);
        var next = new Migration(v1[^1].Version + 1, "order_notes", "ALTER TABLE orders ADD COLUMN note TEXT NOT NULL DEFAULT 'none';");

        using var upgraded = await SqliteDatabase.OpenAsync(new SqliteDatabaseUrl(path), DatabaseOptions.Default, [.. v1, next], new ManualClock(), Serilog.Core.Logger.None, CancellationToken.None);

        Assert.Equal(next.Version, upgraded.SchemaVersion);
        Assert.Equal(Stores.OrderStoreTests.NewOrder("c-1"), await upgraded.Orders.GetAsync("c-1", CancellationToken.None));
        using var connection = Raw(path);
        Assert.Equal("none", connection.ExecuteScalar<string>("SELECT note FROM orders WHERE client_order_id = 'c-1'"));
    }

    [Fact]
    public async Task OpenAsync_SchemaNewerThanProgram_SaysToUpgrade()
    {
        string path = _dir.File("t.db");
        using (await TestDatabase.OpenAsync(path)) { }
        using (var connection = Raw(path))
            connection.Execute("INSERT INTO schema_version (version, name, applied_ms) VALUES (999, 'future', 0)");

        var e = await Assert.ThrowsAsync<DatabaseException>(() => TestDatabase.OpenAsync(path));

        Assert.Contains("schema version 999, newer than this program knows", e.Message);
    }

    [Fact]
    public void Ordered_GapInNumbering_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Migration.Ordered([new Migration(1, "a", ""), new Migration(3, "c", "")]));

        Assert.Contains("expected 0002", e.Message);
    }

    [Fact]
    public void Embedded_ShippedMigrations_AreNumberedFromOne() =>
        Assert.Equal(Enumerable.Range(1, Migration.Sqlite.Count), Migration.Sqlite.Select(m => m.Version));
}
