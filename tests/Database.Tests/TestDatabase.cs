using Serilog;
using Trader.Testing;

namespace Trader.Database.Tests;

/// <summary>Opens real databases the way the apps do, with a manual clock and no log output unless given.</summary>
internal static class TestDatabase
{
    /// <summary>Opens the database at a <c>DATABASE_URL</c> (a SQLite path, or a <see cref="DatabaseBackend"/>'s URL) on its backend.</summary>
    public static Task<TradingDatabase> OpenAsync(string url, DatabaseOptions? options = null, TimeProvider? clock = null, ILogger? log = null) =>
        TradingDatabase.OpenAsync(url, options ?? DatabaseOptions.Default, clock ?? new ManualClock(), log ?? Serilog.Core.Logger.None, CancellationToken.None);

    /// <summary>Opens a SQLite file, for the tests of SQLite's own behaviour (WAL, busy retries, corrupt files).</summary>
    public static Task<SqliteDatabase> OpenSqliteAsync(string path, DatabaseOptions? options = null, TimeProvider? clock = null, ILogger? log = null) =>
        SqliteDatabase.OpenAsync(new SqliteDatabaseUrl(path), options ?? DatabaseOptions.Default, clock ?? new ManualClock(),
            log ?? Serilog.Core.Logger.None, CancellationToken.None);
}
