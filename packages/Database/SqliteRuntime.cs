namespace Trader.Database;

/// <summary>Loads the bundled native SQLite exactly once per process, before the first connection.</summary>
internal static class SqliteRuntime
{
    // The static constructor gives the once-only guarantee without a mutable flag.
    static SqliteRuntime() => SQLitePCL.Batteries_V2.Init();

    public static void EnsureLoaded()
    {
        // Touching the type runs the static constructor.
    }
}
