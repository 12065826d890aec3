using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>Backtest runs in PostgreSQL; metrics are a <c>json</c> column (validated, kept as written).</summary>
internal sealed class PostgresBacktestRunStore(PostgresExecutor executor) : IBacktestRunStore
{
    // The metrics arrive as text; the cast lets PostgreSQL check them as JSON.
    private static readonly string Insert = BacktestRunSql.Insert.Replace("@MetricsJson", "CAST(@MetricsJson AS json)", StringComparison.Ordinal) + " RETURNING id";

    public async Task<BacktestRun> AddAsync(BacktestRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        long id = await executor.WriteAsync($"store a backtest run of {run.Name}", (connection, transaction) =>
            connection.ExecuteScalarAsync<long>(Insert, RunRow.Parameters(run), transaction), ct).ConfigureAwait(false);
        return run with { Id = id };
    }

    public Task<BacktestRun?> GetAsync(long id, CancellationToken ct) =>
        executor.ReadAsync($"read backtest run {id}", async connection =>
            (await connection.QuerySingleOrDefaultAsync<RunRow>(BacktestRunSql.Get, new { id }).ConfigureAwait(false))?.ToRun(), ct);

    public Task<IReadOnlyList<BacktestRun>> ListAsync(string name, CancellationToken ct) =>
        executor.ReadAsync($"list backtest runs of {name}", async connection => (IReadOnlyList<BacktestRun>)(await connection
            .QueryAsync<RunRow>(BacktestRunSql.ListByName, new { name }).ConfigureAwait(false)).Select(r => r.ToRun()).ToList(), ct);

    public Task<IReadOnlyList<BacktestRun>> ListRecentAsync(int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return executor.ReadAsync($"list the newest {limit} backtest runs", async connection => (IReadOnlyList<BacktestRun>)(await connection
            .QueryAsync<RunRow>(BacktestRunSql.ListRecent, new { limit }).ConfigureAwait(false)).Select(r => r.ToRun()).ToList(), ct);
    }
}
