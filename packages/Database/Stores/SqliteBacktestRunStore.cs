using Dapper;
using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>Backtest runs in SQLite; metrics are a JSON object checked by <c>json_valid</c>.</summary>
internal sealed class SqliteBacktestRunStore(SqliteExecutor executor) : IBacktestRunStore
{
    private const string Select =
        """
        SELECT id AS Id, name AS Name, config_hash AS ConfigHash, config_text AS ConfigText, exchange AS Exchange, symbol AS Symbol,
               timeframe AS Timeframe, from_ms AS FromMs, to_ms AS ToMs, created_ms AS CreatedMs, metrics_json AS MetricsJson
        FROM backtest_runs
        """;

    public async Task<BacktestRun> AddAsync(BacktestRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        long id = await executor.WriteAsync($"store a backtest run of {run.Name}", (connection, transaction) => connection.ExecuteScalar<long>(
            """
            INSERT INTO backtest_runs (name, config_hash, config_text, exchange, symbol, timeframe, from_ms, to_ms, created_ms, metrics_json)
            VALUES (@Name, @ConfigHash, @ConfigText, @Exchange, @Symbol, @Timeframe, @FromMs, @ToMs, @CreatedMs, @MetricsJson);
            SELECT last_insert_rowid();
            """,
            new
            {
                run.Name,
                run.ConfigHash,
                run.ConfigText,
                run.Series.Exchange,
                run.Series.Symbol,
                Timeframe = run.Series.Timeframe.ToString(),
                run.FromMs,
                run.ToMs,
                run.CreatedMs,
                run.MetricsJson,
            }, transaction), ct).ConfigureAwait(false);
        return run with { Id = id };
    }

    public Task<BacktestRun?> GetAsync(long id, CancellationToken ct) =>
        executor.ReadAsync($"read backtest run {id}", connection =>
            connection.QuerySingleOrDefault<RunRow>($"{Select} WHERE id = @id", new { id })?.ToRun(), ct);

    public Task<IReadOnlyList<BacktestRun>> ListAsync(string name, CancellationToken ct) =>
        executor.ReadAsync($"list backtest runs of {name}", connection => (IReadOnlyList<BacktestRun>)connection
            .Query<RunRow>($"{Select} WHERE name = @name ORDER BY created_ms DESC, id DESC", new { name })
            .Select(r => r.ToRun()).ToList(), ct);

    private sealed class RunRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string ConfigHash { get; init; } = "";
        public string ConfigText { get; init; } = "";
        public string Exchange { get; init; } = "";
        public string Symbol { get; init; } = "";
        public string Timeframe { get; init; } = "";
        public long FromMs { get; init; }
        public long ToMs { get; init; }
        public long CreatedMs { get; init; }
        public string MetricsJson { get; init; } = "";

        public BacktestRun ToRun() => new(Id, Name, ConfigHash, ConfigText,
            new SeriesKey(Exchange, Symbol, Domain.Timeframe.Parse(Timeframe)), FromMs, ToMs, CreatedMs, MetricsJson);
    }
}
