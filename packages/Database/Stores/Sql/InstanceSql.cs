namespace Trader.Database.Stores.Sql;

/// <summary>The <c>instances</c> statements; only the heartbeat differs between the backends (<c>max</c> / <c>greatest</c>).</summary>
internal static class InstanceSql
{
    public const string Select =
        """
        SELECT name AS Name, config_hash AS ConfigHash, mode AS Mode, exchange AS Exchange, symbol AS Symbol, timeframe AS Timeframe,
               version AS Version, started_ms AS StartedMs, heartbeat_ms AS HeartbeatMs, stopped_ms AS StoppedMs, status AS Status
        FROM instances
        """;

    public const string Register =
        """
        INSERT INTO instances (name, config_hash, mode, exchange, symbol, timeframe, version, started_ms, heartbeat_ms, stopped_ms, status)
        VALUES (@Name, @ConfigHash, @Mode, @Exchange, @Symbol, @Timeframe, @Version, @StartedMs, @StartedMs, NULL, 'running')
        ON CONFLICT (name) DO UPDATE SET config_hash = excluded.config_hash, mode = excluded.mode, exchange = excluded.exchange,
            symbol = excluded.symbol, timeframe = excluded.timeframe, version = excluded.version, started_ms = excluded.started_ms,
            heartbeat_ms = excluded.heartbeat_ms, stopped_ms = NULL, status = 'running'
        """;

    /// <summary>Heartbeats only move forward; <paramref name="larger"/> is the backend's two-argument maximum.</summary>
    public static string Heartbeat(string larger) => $"UPDATE instances SET heartbeat_ms = {larger}(heartbeat_ms, @timeMs) WHERE name = @name";

    public const string MarkEnded = "UPDATE instances SET stopped_ms = @timeMs, status = @Status WHERE name = @name";

    public const string Get = $"{Select} WHERE name = @name";

    public const string List = $"{Select} ORDER BY name";
}
