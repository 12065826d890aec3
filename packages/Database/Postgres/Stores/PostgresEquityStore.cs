using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>Equity snapshots in PostgreSQL, one per (instance, time).</summary>
internal sealed class PostgresEquityStore(PostgresExecutor executor) : IEquityStore
{
    public Task AddAsync(EquitySnapshot snapshot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return executor.WriteAsync($"store an equity snapshot of {snapshot.InstanceName}", (connection, transaction) =>
            connection.ExecuteAsync(EquitySql.Upsert, snapshot, transaction), ct);
    }

    public Task<IReadOnlyList<EquitySnapshot>> ListAsync(string instanceName, long fromMs, long toMs, CancellationToken ct) =>
        executor.ReadAsync($"list equity snapshots of {instanceName}", async connection => (IReadOnlyList<EquitySnapshot>)(await connection
            .QueryAsync<EquityRow>(EquitySql.List, new { instanceName, fromMs, toMs }).ConfigureAwait(false)).Select(r => r.ToSnapshot()).ToList(), ct);

    public Task<EquitySnapshot?> LatestAsync(string instanceName, CancellationToken ct) =>
        executor.ReadAsync($"read the latest equity snapshot of {instanceName}", async connection =>
            (await connection.QuerySingleOrDefaultAsync<EquityRow>(EquitySql.Latest, new { instanceName }).ConfigureAwait(false))?.ToSnapshot(), ct);
}
