namespace Trader.Database.Stores.Sql;

/// <summary>The <c>backtest_runs</c> statements; only how the new id comes back differs between the backends.</summary>
internal static class BacktestRunSql
{
    public const string Select =
        """
        SELECT id AS Id, name AS Name, config_hash AS ConfigHash, config_text AS ConfigText, exchange AS Exchange, symbol AS Symbol,
               timeframe AS Timeframe, from_ms AS FromMs, to_ms AS ToMs, created_ms AS CreatedMs, metrics_json AS MetricsJson
        FROM backtest_runs
        """;

    public const string Insert =
        """
        INSERT INTO backtest_runs (name, config_hash, config_text, exchange, symbol, timeframe, from_ms, to_ms, created_ms, metrics_json)
        VALUES (@Name, @ConfigHash, @ConfigText, @Exchange, @Symbol, @Timeframe, @FromMs, @ToMs, @CreatedMs, @MetricsJson)
        """;

    public const string Get = $"{Select} WHERE id = @id";

    public const string ListByName = $"{Select} WHERE name = @name ORDER BY created_ms DESC, id DESC";

    public const string ListRecent = $"{Select} ORDER BY created_ms DESC, id DESC LIMIT @limit";
}
