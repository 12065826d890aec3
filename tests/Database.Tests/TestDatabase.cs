using Serilog;
using Trader.Testing;

namespace Trader.Database.Tests;

/// <summary>Opens real SQLite files the way the apps do, with a manual clock and no log output unless given.</summary>
internal static class TestDatabase
{
    public static Task<SqliteDatabase> OpenAsync(string path, DatabaseOptions? options = null, TimeProvider? clock = null, ILogger? log = null) =>
        SqliteDatabase.OpenAsync(DatabaseUrl.Parse(path), options ?? DatabaseOptions.Default, clock ?? new ManualClock(),
            log ?? Serilog.Core.Logger.None, CancellationToken.None);
}
