using Npgsql;
using NpgsqlTypes;
using Trader.Database.Postgres;

namespace Trader.Database.Copy;

/// <summary>Whole-table reads and writes on PostgreSQL; writes stream through binary COPY.</summary>
internal sealed class PostgresTableCopier(PostgresExecutor executor) : ITableCopier
{
    public Task<IReadOnlyList<object?[]>> ReadPageAsync(CopiedTable table, long offset, int limit, CancellationToken ct) =>
        executor.ReadAsync($"read {table.Name}", async connection =>
        {
            await using var command = new NpgsqlCommand($"{table.SelectAll} LIMIT $1 OFFSET $2", connection)
            {
                Parameters = { new NpgsqlParameter<long> { TypedValue = limit }, new NpgsqlParameter<long> { TypedValue = offset } },
            };
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var rows = new List<object?[]>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var row = new object?[table.Columns.Count];
                for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Read(reader, i, table.Columns[i].Kind);
                rows.Add(row);
            }
            return (IReadOnlyList<object?[]>)rows;
        }, ct);

    private static object Read(NpgsqlDataReader reader, int i, ColumnKind kind) => kind switch
    {
        ColumnKind.Int32 => (long)reader.GetInt32(i),
        ColumnKind.Int64 => reader.GetInt64(i),
        ColumnKind.Real => reader.GetDouble(i),
        ColumnKind.Money => reader.GetDecimal(i),
        _ => reader.GetString(i),
    };

    public Task WriteAsync(CopiedTable table, IReadOnlyList<object?[]> rows, CancellationToken ct) =>
        executor.WriteAsync($"copy rows into {table.Name}", async (connection, _) =>
        {
            await using var writer = await connection.BeginBinaryImportAsync(
                $"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
            foreach (var row in rows)
            {
                await writer.StartRowAsync(ct).ConfigureAwait(false);
                for (int i = 0; i < row.Length; i++) await WriteAsync(writer, row[i], table.Columns[i].Kind, ct).ConfigureAwait(false);
            }
            await writer.CompleteAsync(ct).ConfigureAwait(false);
            return rows.Count;
        }, ct);

    private static Task WriteAsync(NpgsqlBinaryImporter writer, object? value, ColumnKind kind, CancellationToken ct) => (value, kind) switch
    {
        (null, _) => writer.WriteNullAsync(ct),
        (long v, ColumnKind.Int32) => writer.WriteAsync(checked((int)v), NpgsqlDbType.Integer, ct),
        (long v, _) => writer.WriteAsync(v, NpgsqlDbType.Bigint, ct),
        (double v, _) => writer.WriteAsync(v, NpgsqlDbType.Double, ct),
        (decimal v, _) => writer.WriteAsync(v, NpgsqlDbType.Numeric, ct),
        (string v, ColumnKind.Json) => writer.WriteAsync(v, NpgsqlDbType.Json, ct),
        (string v, _) => writer.WriteAsync(v, NpgsqlDbType.Text, ct),
        _ => throw new InvalidOperationException($"Cannot copy a {value.GetType().Name} as {kind}."),
    };

    public Task<bool> IsEmptyAsync(CopiedTable table, CancellationToken ct) =>
        executor.ReadAsync($"look into {table.Name}", async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT NOT EXISTS (SELECT 1 FROM {table.Name})", connection);
            return (bool)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        }, ct);

    // Rows copied with explicit ids leave the identity sequence behind; move it past the largest id.
    public Task FinishAsync(CopiedTable table, CancellationToken ct) => table.Identity is not { } column
        ? Task.CompletedTask
        : executor.WriteAsync($"move the {table.Name} id sequence", async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{table.Name}', '{column}'), coalesce(max({column}), 0) + 1, false) FROM {table.Name}", connection, transaction);
            return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        }, ct);
}
