using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Trader.Database;

/// <summary>
/// A prepared statement driven through SQLitePCL's raw API on a Microsoft.Data.Sqlite connection, for the candle
/// hot paths: binding and reading typed values directly, with no per-row boxing, command or reader objects.
/// Runs inside whatever transaction the connection has open. Errors surface as <see cref="SqliteException"/>,
/// exactly as from the ADO.NET API, so retry and error translation treat both alike.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    /// <summary>Steps once: true when a row is available, false when the statement is done.</summary>
    public bool Step()
    {
        int rc = raw.sqlite3_step(_statement);
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

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
}
