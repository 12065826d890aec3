using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Backtest runs in SQLite; metrics are a JSON object checked by <c>json_valid</c>.</summary>
internal sealed class SqliteBacktestRunStore(SqliteExecutor executor) : IBacktestRunStore
{
    public async Task<BacktestRun> AddAsync(BacktestRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        long id = await executor.WriteAsync($"store a backtest run of {run.Name}", (connection, transaction) =>
            connection.ExecuteScalar<long>($"{BacktestRunSql.Insert}; SELECT last_insert_rowid();", RunRow.Parameters(run), transaction), ct).ConfigureAwait(false);
        return run with { Id = id };
    }

    public Task<BacktestRun?> GetAsync(long id, CancellationToken ct) =>
        executor.ReadAsync($"read backtest run {id}", connection =>
            connection.QuerySingleOrDefault<RunRow>(BacktestRunSql.Get, new { id })?.ToRun(), ct);

    public Task<IReadOnlyList<BacktestRun>> ListAsync(string name, CancellationToken ct) =>
        executor.ReadAsync($"list backtest runs of {name}", connection => (IReadOnlyList<BacktestRun>)connection
            .Query<RunRow>(BacktestRunSql.ListByName, new { name }).Select(r => r.ToRun()).ToList(), ct);

    public Task<IReadOnlyList<BacktestRun>> ListRecentAsync(int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return executor.ReadAsync($"list the newest {limit} backtest runs", connection => (IReadOnlyList<BacktestRun>)connection
            .Query<RunRow>(BacktestRunSql.ListRecent, new { limit }).Select(r => r.ToRun()).ToList(), ct);
    }
}
