using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Equity snapshots in SQLite, one per (instance, time).</summary>
internal sealed class SqliteEquityStore(SqliteExecutor executor) : IEquityStore
{
    public Task AddAsync(EquitySnapshot snapshot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return executor.WriteAsync($"store an equity snapshot of {snapshot.InstanceName}", (connection, transaction) => connection.Execute(
            EquitySql.Upsert,
            new
            {
                snapshot.InstanceName,
                snapshot.TimeMs,
                Equity = Money.ToText(snapshot.Equity),
                Cash = Money.ToText(snapshot.Cash),
                PositionValue = Money.ToText(snapshot.PositionValue),
            }, transaction), ct);
    }

    public Task<IReadOnlyList<EquitySnapshot>> ListAsync(string instanceName, long fromMs, long toMs, CancellationToken ct) =>
        executor.ReadAsync($"list equity snapshots of {instanceName}", connection => (IReadOnlyList<EquitySnapshot>)connection
            .Query<EquityRow>(EquitySql.List, new { instanceName, fromMs, toMs }).Select(r => r.ToSnapshot()).ToList(), ct);

    public Task<EquitySnapshot?> LatestAsync(string instanceName, CancellationToken ct) =>
        executor.ReadAsync($"read the latest equity snapshot of {instanceName}", connection =>
            connection.QuerySingleOrDefault<EquityRow>(EquitySql.Latest, new { instanceName })?.ToSnapshot(), ct);
}
