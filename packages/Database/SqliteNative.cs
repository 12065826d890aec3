using System.Runtime.InteropServices;

namespace Trader.Database;

/// <summary>
/// The e_sqlite3 functions <see cref="RawStatement"/> calls per row, imported directly on the statement's raw pointer.
/// SQLitePCL's wrappers marshal the statement as a SafeHandle (two interlocked reference-count updates per call) and
/// switch the thread's GC mode around every call; at seven calls per candle that cost more than SQLite's own work. The
/// binders and column getters are short and never block, so they also skip the GC transition; <c>sqlite3_step</c> can
/// wait on a lock or the disk, so it keeps it. The library is the one SQLitePCL's bundle loads (same name, same file).
/// </summary>
internal static class SqliteNative
{
    private const string Library = "e_sqlite3";

    [DllImport(Library, EntryPoint = "sqlite3_step", ExactSpelling = true)]
    public static extern int Step(nint statement);

    [DllImport(Library, EntryPoint = "sqlite3_column_type", ExactSpelling = true), SuppressGCTransition]
    public static extern int ColumnType(nint statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_int64", ExactSpelling = true), SuppressGCTransition]
    public static extern long ColumnInt64(nint statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_double", ExactSpelling = true), SuppressGCTransition]
    public static extern double ColumnDouble(nint statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_bind_int64", ExactSpelling = true), SuppressGCTransition]
    public static extern int BindInt64(nint statement, int index, long value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_double", ExactSpelling = true), SuppressGCTransition]
    public static extern int BindDouble(nint statement, int index, double value);
}
