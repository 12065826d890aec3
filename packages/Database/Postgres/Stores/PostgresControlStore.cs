using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>Operator commands in PostgreSQL.</summary>
internal sealed class PostgresControlStore(PostgresExecutor executor) : IControlStore
{
    public Task<bool> IssueAsync(ControlCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        return executor.WriteAsync($"issue command {command.Id} to {command.Instance}", async (connection, transaction) =>
            await connection.ExecuteAsync(ControlSql.Issue, ControlRow.Parameters(command), transaction).ConfigureAwait(false) == 1, ct);
    }

    public Task<ControlCommand?> GetAsync(string id, CancellationToken ct) =>
        executor.ReadAsync($"read command {id}", async connection =>
            (await connection.QuerySingleOrDefaultAsync<ControlRow>(ControlSql.Get, new { id }).ConfigureAwait(false))?.ToCommand(), ct);

    public Task<IReadOnlyList<ControlCommand>> ListAsync(string instance, CancellationToken ct) => QueryAsync(ControlSql.List, instance, ct);

    public Task<IReadOnlyList<ControlCommand>> PendingAsync(string instance, CancellationToken ct) => QueryAsync(ControlSql.Pending, instance, ct);

    public Task<bool> CompleteAsync(string id, ControlStatus status, long appliedMs, long? effectiveOpenMs, string result, CancellationToken ct)
    {
        var parameters = ControlRow.CompleteParameters(id, status, appliedMs, effectiveOpenMs, result);
        return executor.WriteAsync($"complete command {id}", async (connection, transaction) =>
            await connection.ExecuteAsync(ControlSql.Complete, parameters, transaction).ConfigureAwait(false) == 1, ct);
    }

    private Task<IReadOnlyList<ControlCommand>> QueryAsync(string sql, string instance, CancellationToken ct) =>
        executor.ReadAsync($"list commands of {instance}", async connection =>
            (IReadOnlyList<ControlCommand>)(await connection.QueryAsync<ControlRow>(sql, new { instance }).ConfigureAwait(false)).Select(r => r.ToCommand()).ToList(), ct);
}
