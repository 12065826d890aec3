using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Trader.Database;

/// <summary>
/// A prepared statement driven through SQLitePCL's raw API on a Microsoft.Data.Sqlite connection, for the candle
/// hot paths: binding and reading typed values directly, with no per-row boxing, command or reader objects.
/// Runs inside whatever transaction the connection has open. Errors surface as <see cref="SqliteException"/>,
/// exactly as from the ADO.NET API, so retry and error translation treat both alike. Preparing and finalizing go through
/// SQLitePCL; the per-row calls go straight to the native library (<see cref="SqliteNative"/>).
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

    // The native statement, valid while _statement holds the reference taken in the constructor.
    private readonly nint _pointer;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
        bool added = false;
        _statement.DangerousAddRef(ref added);
        _pointer = _statement.DangerousGetHandle();
    }

    public void Bind(int index, long value) => Check(SqliteNative.BindInt64(_pointer, index, value));

    public void Bind(int index, double value) => Check(SqliteNative.BindDouble(_pointer, index, value));

    /// <summary>Steps once: true when a row is available, false when the statement is done.</summary>
    public bool Step()
    {
        int rc = SqliteNative.Step(_pointer);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc == raw.SQLITE_DONE) return false;
        Check(rc);
        return false;
    }

    /// <summary>Runs a statement that returns no rows, then makes it ready for the next bindings.</summary>
    public void Execute()
    {
        while (Step()) { }
        Check(raw.sqlite3_reset(_statement));
    }

    public bool IsNull(int column) => SqliteNative.ColumnType(_pointer, column) == raw.SQLITE_NULL;

    public long Int64(int column) => SqliteNative.ColumnInt64(_pointer, column);

    public double Double(int column) => SqliteNative.ColumnDouble(_pointer, column);

    public void Dispose()
    {
        _statement.DangerousRelease();
        _statement.Dispose();
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
}
