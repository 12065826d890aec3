namespace Trader.Database;

/// <summary>
/// Loads the bundled native SQLite exactly once per process, before the first connection, in multi-thread mode: a
/// connection is never used by two threads at once (ADO.NET connections are not thread-safe, and each read or write
/// takes its own from the pool), so SQLite's per-connection mutex, taken on every call (each column of each row read),
/// only costs time: about a fifth of a bulk read's CPU.
/// </summary>
internal static class SqliteRuntime
{
    // The static constructor gives the once-only guarantee without a mutable flag.
    static SqliteRuntime()
    {
        SQLitePCL.Batteries_V2.Init();
        // Must precede SQLite's initialisation (the first open); a failure leaves the default serialized mode.
        SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD);
    }

    public static void EnsureLoaded()
    {
        // Touching the type runs the static constructor.
    }
}
