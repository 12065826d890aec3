using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>Instance registry and heartbeats in PostgreSQL.</summary>
internal sealed class PostgresInstanceStore(PostgresExecutor executor) : IInstanceStore
{
    private static readonly string Heartbeat = InstanceSql.Heartbeat("greatest");

    public Task RegisterAsync(InstanceRegistration registration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return executor.WriteAsync($"register instance {registration.Name}", (connection, transaction) =>
            connection.ExecuteAsync(InstanceSql.Register, InstanceRow.Parameters(registration), transaction), ct);
    }

    public Task<bool> HeartbeatAsync(string name, long timeMs, CancellationToken ct) =>
        executor.WriteAsync($"record a heartbeat of {name}", async (connection, transaction) =>
            await connection.ExecuteAsync(Heartbeat, new { name, timeMs }, transaction).ConfigureAwait(false) == 1, ct);

    public Task<bool> MarkEndedAsync(string name, long timeMs, InstanceStatus status, CancellationToken ct)
    {
        var parameters = InstanceRow.EndParameters(name, timeMs, status);
        return executor.WriteAsync($"record that {name} ended", async (connection, transaction) =>
            await connection.ExecuteAsync(InstanceSql.MarkEnded, parameters, transaction).ConfigureAwait(false) == 1, ct);
    }

    public Task<InstanceInfo?> GetAsync(string name, CancellationToken ct) =>
        executor.ReadAsync($"read instance {name}", async connection =>
            (await connection.QuerySingleOrDefaultAsync<InstanceRow>(InstanceSql.Get, new { name }).ConfigureAwait(false))?.ToInfo(), ct);

    public Task<IReadOnlyList<InstanceInfo>> ListAsync(CancellationToken ct) =>
        executor.ReadAsync("list instances", async connection =>
            (IReadOnlyList<InstanceInfo>)(await connection.QueryAsync<InstanceRow>(InstanceSql.List).ConfigureAwait(false)).Select(r => r.ToInfo()).ToList(), ct);
}
