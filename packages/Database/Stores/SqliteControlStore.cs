using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Operator commands in SQLite.</summary>
internal sealed class SqliteControlStore(SqliteExecutor executor) : IControlStore
{
    public Task<bool> IssueAsync(ControlCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        return executor.WriteAsync($"issue command {command.Id} to {command.Instance}", (connection, transaction) =>
            connection.Execute(ControlSql.Issue, ControlRow.Parameters(command), transaction) == 1, ct);
    }

    public Task<ControlCommand?> GetAsync(string id, CancellationToken ct) =>
        executor.ReadAsync($"read command {id}", connection =>
            connection.QuerySingleOrDefault<ControlRow>(ControlSql.Get, new { id })?.ToCommand(), ct);

    public Task<IReadOnlyList<ControlCommand>> ListAsync(string instance, CancellationToken ct) => QueryAsync(ControlSql.List, instance, ct);

    public Task<IReadOnlyList<ControlCommand>> PendingAsync(string instance, CancellationToken ct) => QueryAsync(ControlSql.Pending, instance, ct);

    public Task<bool> CompleteAsync(string id, ControlStatus status, long appliedMs, long? effectiveOpenMs, string result, CancellationToken ct)
    {
        var parameters = ControlRow.CompleteParameters(id, status, appliedMs, effectiveOpenMs, result);
        return executor.WriteAsync($"complete command {id}", (connection, transaction) =>
            connection.Execute(ControlSql.Complete, parameters, transaction) == 1, ct);
    }

    private Task<IReadOnlyList<ControlCommand>> QueryAsync(string sql, string instance, CancellationToken ct) =>
        executor.ReadAsync($"list commands of {instance}", connection =>
            (IReadOnlyList<ControlCommand>)connection.Query<ControlRow>(sql, new { instance }).Select(r => r.ToCommand()).ToList(), ct);
}
