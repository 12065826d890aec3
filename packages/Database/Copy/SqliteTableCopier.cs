using Microsoft.Data.Sqlite;

namespace Trader.Database.Copy;

/// <summary>Whole-table reads and writes on SQLite; money goes through its exact TEXT form.</summary>
internal sealed class SqliteTableCopier(SqliteExecutor executor) : ITableCopier
{
    public Task<IReadOnlyList<object?[]>> ReadPageAsync(CopiedTable table, long offset, int limit, CancellationToken ct) =>
        executor.ReadAsync($"read {table.Name}", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"{table.SelectAll} LIMIT $limit OFFSET $offset";
            command.Parameters.AddWithValue("$limit", limit);
            command.Parameters.AddWithValue("$offset", offset);
            using var reader = command.ExecuteReader();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[table.Columns.Count];
                for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Read(reader, i, table.Columns[i].Kind);
                rows.Add(row);
            }
            return (IReadOnlyList<object?[]>)rows;
        }, ct);

    private static object Read(SqliteDataReader reader, int i, ColumnKind kind) => kind switch
    {
        ColumnKind.Int32 or ColumnKind.Int64 => reader.GetInt64(i),
        ColumnKind.Real => reader.GetDouble(i),
        ColumnKind.Money => Money.Parse(reader.GetString(i)),
        _ => reader.GetString(i),
    };

    public Task WriteAsync(CopiedTable table, IReadOnlyList<object?[]> rows, CancellationToken ct) =>
        executor.WriteAsync($"copy rows into {table.Name}", (connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
            var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
            command.Prepare();
            foreach (var row in rows)
            {
                for (int i = 0; i < row.Length; i++)
                    parameters[i].Value = row[i] switch { null => DBNull.Value, decimal money => Money.ToText(money), var value => value };
                command.ExecuteNonQuery();
            }
            return rows.Count;
        }, ct);

    public Task<bool> IsEmptyAsync(CopiedTable table, CancellationToken ct) =>
        executor.ReadAsync($"look into {table.Name}", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT NOT EXISTS (SELECT 1 FROM {table.Name})";
            return Convert.ToInt64(command.ExecuteScalar()) == 1;
        }, ct);

    // INTEGER PRIMARY KEY ids continue after the largest stored one by themselves.
    public Task FinishAsync(CopiedTable table, CancellationToken ct) => Task.CompletedTask;
}
