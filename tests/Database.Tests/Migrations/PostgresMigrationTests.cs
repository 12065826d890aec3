using Dapper;
using Trader.Database.Migrations;
using Trader.Database.Postgres;
using Trader.Testing;

namespace Trader.Database.Tests.Migrations;

/// <summary>The PostgreSQL migration runner: every step once, under many concurrent openers, behind an advisory lock.</summary>
public sealed class PostgresMigrationTests : IDisposable
{
    private readonly DatabaseBackend _backend = DatabaseBackend.Postgres();

    public void Dispose() => _backend.Dispose();

    private static Task<T> QueryAsync<T>(TradingDatabase db, Func<Npgsql.NpgsqlConnection, Task<T>> query) =>
        ((PostgresDatabase)db).Executor.ReadAsync("inspect the schema", query, CancellationToken.None);

    [Fact]
    public async Task OpenAsync_EmptyDatabase_AppliesEveryMigrationAndCreatesTheSqliteTables()
    {
        using var db = await TestDatabase.OpenAsync(_backend.Url());

        Assert.Equal(Migration.Postgres[^1].Version, db.SchemaVersion);
        Assert.Equal(Migration.Postgres.Select(m => m.Version),
            await QueryAsync(db, async c => (await c.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList()));
        Assert.Equal(
            ["alert_deliveries", "alerts", "backtest_runs", "candle_holes", "candles", "control_commands", "equity_snapshots", "exchange_rate_budget", "exchange_request_stats", "fills", "fund_reservations", "instances", "orders", "rate_limit_windows", "schema_version", "series", "trades"],
            await QueryAsync(db, async c => (await c.QueryAsync<string>(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")).ToList()));
    }

    [Fact]
    public async Task OpenAsync_ManyConcurrentOpeners_ApplyEachMigrationOnce()
    {
        string url = _backend.Url();

        // Separate data sources race exactly like separate processes (the multi-process test repeats this with processes).
        var databases = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => TestDatabase.OpenAsync(url, clock: TimeProvider.System))));

        Assert.All(databases, d => Assert.Equal(Migration.Postgres[^1].Version, d.SchemaVersion));
        Assert.Equal(Migration.Postgres.Count, await QueryAsync(databases[0], c => c.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_version")));
        foreach (var d in databases) d.Dispose();
    }

    [Fact]
    public async Task OpenAsync_SchemaNewerThanProgram_SaysToUpgrade()
    {
        string url = _backend.Url();
        using (var db = await TestDatabase.OpenAsync(url))
            await QueryAsync(db, c => c.ExecuteAsync("INSERT INTO schema_version (version, name, applied_ms) VALUES (999, 'future', 0)"));

        var e = await Assert.ThrowsAsync<DatabaseException>(() => TestDatabase.OpenAsync(url));

        Assert.Contains("schema version 999, newer than this program knows", e.Message);
    }

    [Fact]
    public void Embedded_BothBackends_ShipTheSameStepsUnderTheSameNames() =>
        Assert.Equal(Migration.Sqlite.Select(m => (m.Version, m.Name)), Migration.Postgres.Select(m => (m.Version, m.Name)));

    [Fact]
    public async Task OpenAsync_WrongPassword_SaysSoWithoutThePassword()
    {
        string wrong = new UriBuilder(_backend.Url()) { Password = "not-the-password-xyz" }.Uri.ToString();

        var e = await Assert.ThrowsAsync<DatabaseException>(() => TestDatabase.OpenAsync(wrong));

        Assert.Contains("wrong password", e.Message);
        Assert.DoesNotContain("not-the-password-xyz", e.ToString());
    }

    [Fact]
    public async Task OpenAsync_NoServerListening_SaysWhereWithoutThePassword()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        const string Url = "postgres://trader:secret-pw-123@127.0.0.1:1/trading?connect_timeout=5";

        var e = await Assert.ThrowsAsync<DatabaseException>(() => TestDatabase.OpenAsync(Url, DatabaseOptions.Default with { MaxAttempts = 2, RetryBaseDelay = TimeSpan.Zero }));

        Assert.Contains("postgres://trader@127.0.0.1:1/trading", e.Message);
        Assert.DoesNotContain("secret-pw-123", e.ToString());
    }
}
