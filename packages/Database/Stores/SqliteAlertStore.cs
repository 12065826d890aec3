using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>The alert outbox in SQLite.</summary>
internal sealed class SqliteAlertStore(SqliteExecutor executor) : IAlertStore
{
    public Task<bool> AddAsync(AlertEvent alert, long createdMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return executor.WriteAsync($"write alert {alert.Key}", (connection, transaction) =>
            connection.Execute(AlertSql.Add, AlertRow.Parameters(alert, createdMs), transaction) == 1, ct);
    }

    public Task<IReadOnlyList<Alert>> UndeliveredAsync(string channel, int limit, CancellationToken ct) =>
        executor.ReadAsync($"list alerts not delivered to {channel}", connection =>
            (IReadOnlyList<Alert>)connection.Query<AlertRow>(AlertSql.Undelivered, new { channel, limit }).Select(r => r.ToAlert()).ToList(), ct);

    public Task MarkDeliveredAsync(long seq, string channel, long timeMs, string outcome, CancellationToken ct) =>
        executor.WriteAsync($"record delivery of alert {seq} to {channel}", (connection, transaction) =>
            connection.Execute(AlertSql.MarkDelivered, new { seq, channel, timeMs, outcome }, transaction), ct);

    public Task<IReadOnlyList<Alert>> ListRecentAsync(int limit, CancellationToken ct) =>
        executor.ReadAsync("list recent alerts", connection =>
            (IReadOnlyList<Alert>)connection.Query<AlertRow>(AlertSql.Recent, new { limit }).Select(r => r.ToAlert()).ToList(), ct);
}
