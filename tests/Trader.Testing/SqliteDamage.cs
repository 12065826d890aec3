using Microsoft.Data.Sqlite;
using Trader.Database;

namespace Trader.Testing;

/// <summary>Damages a real SQLite file the way a failing disk does, for the tests of what a damaged database does.</summary>
public static class SqliteDamage
{
    /// <summary>
    /// Overwrites the root page of <paramref name="table"/>'s b-tree with garbage. The header and schema stay readable,
    /// so the file opens and every other table works; the first read of <paramref name="table"/> fails with
    /// SQLITE_CORRUPT. No process may have the file open.
    /// </summary>
    public static void OverwriteRootPage(string path, string table)
    {
        SqliteRuntime.EnsureLoaded();
        long rootPage, pageSize;
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            // Everything into the main file first: a newer copy of the page in the WAL would hide the damage.
            Scalar(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            rootPage = Scalar(connection, $"SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = '{table}'");
            pageSize = Scalar(connection, "PRAGMA page_size");
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Position = (rootPage - 1) * pageSize;
        file.Write(Enumerable.Repeat((byte)0x5A, (int)pageSize).ToArray());
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? throw new InvalidOperationException($"no result: {sql}"), System.Globalization.CultureInfo.InvariantCulture);
    }
}
