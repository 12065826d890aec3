using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>The alert outbox in PostgreSQL.</summary>
internal sealed class PostgresAlertStore(PostgresExecutor executor) : IAlertStore
{
    public Task<bool> AddAsync(AlertEvent alert, long createdMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return executor.WriteAsync($"write alert {alert.Key}", async (connection, transaction) =>
            await connection.ExecuteAsync(AlertSql.Add, AlertRow.Parameters(alert, createdMs), transaction).ConfigureAwait(false) == 1, ct);
    }

    public Task<IReadOnlyList<Alert>> UndeliveredAsync(string channel, int limit, CancellationToken ct) =>
        executor.ReadAsync($"list alerts not delivered to {channel}", async connection =>
            (IReadOnlyList<Alert>)(await connection.QueryAsync<AlertRow>(AlertSql.Undelivered, new { channel, limit }).ConfigureAwait(false))
                .Select(r => r.ToAlert()).ToList(), ct);

    public Task MarkDeliveredAsync(long seq, string channel, long timeMs, string outcome, CancellationToken ct) =>
        executor.WriteAsync($"record delivery of alert {seq} to {channel}", (connection, transaction) =>
            connection.ExecuteAsync(AlertSql.MarkDelivered, new { seq, channel, timeMs, outcome }, transaction), ct);

    public Task<IReadOnlyList<Alert>> ListRecentAsync(int limit, CancellationToken ct) =>
        executor.ReadAsync("list recent alerts", async connection =>
            (IReadOnlyList<Alert>)(await connection.QueryAsync<AlertRow>(AlertSql.Recent, new { limit }).ConfigureAwait(false))
                .Select(r => r.ToAlert()).ToList(), ct);
}
