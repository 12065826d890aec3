using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Instance registry and heartbeats in SQLite.</summary>
internal sealed class SqliteInstanceStore(SqliteExecutor executor) : IInstanceStore
{
    private static readonly string Heartbeat = InstanceSql.Heartbeat("max");

    public Task RegisterAsync(InstanceRegistration registration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return executor.WriteAsync($"register instance {registration.Name}", (connection, transaction) =>
            connection.Execute(InstanceSql.Register, InstanceRow.Parameters(registration), transaction), ct);
    }

    public Task<bool> HeartbeatAsync(string name, long timeMs, CancellationToken ct) =>
        executor.WriteAsync($"record a heartbeat of {name}", (connection, transaction) =>
            connection.Execute(Heartbeat, new { name, timeMs }, transaction) == 1, ct);

    public Task<bool> MarkEndedAsync(string name, long timeMs, InstanceStatus status, CancellationToken ct)
    {
        var parameters = InstanceRow.EndParameters(name, timeMs, status);
        return executor.WriteAsync($"record that {name} ended", (connection, transaction) =>
            connection.Execute(InstanceSql.MarkEnded, parameters, transaction) == 1, ct);
    }

    public Task<InstanceInfo?> GetAsync(string name, CancellationToken ct) =>
        executor.ReadAsync($"read instance {name}", connection =>
            connection.QuerySingleOrDefault<InstanceRow>(InstanceSql.Get, new { name })?.ToInfo(), ct);

    public Task<IReadOnlyList<InstanceInfo>> ListAsync(CancellationToken ct) =>
        executor.ReadAsync("list instances", connection =>
            (IReadOnlyList<InstanceInfo>)connection.Query<InstanceRow>(InstanceSql.List).Select(r => r.ToInfo()).ToList(), ct);
}
