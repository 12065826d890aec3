using Dapper;
using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>Instance registry and heartbeats in SQLite.</summary>
internal sealed class SqliteInstanceStore(SqliteExecutor executor) : IInstanceStore
{
    private const string Select =
        """
        SELECT name AS Name, config_hash AS ConfigHash, mode AS Mode, exchange AS Exchange, symbol AS Symbol, timeframe AS Timeframe,
               version AS Version, started_ms AS StartedMs, heartbeat_ms AS HeartbeatMs, stopped_ms AS StoppedMs, status AS Status
        FROM instances
        """;

    public Task RegisterAsync(InstanceRegistration registration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return executor.WriteAsync($"register instance {registration.Name}", (connection, transaction) => connection.Execute(
            """
            INSERT INTO instances (name, config_hash, mode, exchange, symbol, timeframe, version, started_ms, heartbeat_ms, stopped_ms, status)
            VALUES (@Name, @ConfigHash, @Mode, @Exchange, @Symbol, @Timeframe, @Version, @StartedMs, @StartedMs, NULL, 'running')
            ON CONFLICT (name) DO UPDATE SET config_hash = excluded.config_hash, mode = excluded.mode, exchange = excluded.exchange,
                symbol = excluded.symbol, timeframe = excluded.timeframe, version = excluded.version, started_ms = excluded.started_ms,
                heartbeat_ms = excluded.heartbeat_ms, stopped_ms = NULL, status = 'running'
            """,
            new
            {
                registration.Name,
                registration.ConfigHash,
                Mode = EnumText.ToText(registration.Mode),
                registration.Exchange,
                registration.Symbol,
                Timeframe = registration.Timeframe.ToString(),
                registration.Version,
                registration.StartedMs,
            }, transaction), ct);
    }

    public Task<bool> HeartbeatAsync(string name, long timeMs, CancellationToken ct) =>
        executor.WriteAsync($"record a heartbeat of {name}", (connection, transaction) => connection.Execute(
            "UPDATE instances SET heartbeat_ms = max(heartbeat_ms, @timeMs) WHERE name = @name", new { name, timeMs }, transaction) == 1, ct);

    public Task<bool> MarkEndedAsync(string name, long timeMs, InstanceStatus status, CancellationToken ct)
    {
        if (status == InstanceStatus.Running)
            throw new ArgumentOutOfRangeException(nameof(status), status, "An instance ends as stopped or failed; use RegisterAsync to start it.");
        return executor.WriteAsync($"record that {name} ended", (connection, transaction) => connection.Execute(
            "UPDATE instances SET stopped_ms = @timeMs, status = @Status WHERE name = @name",
            new { name, timeMs, Status = EnumText.ToText(status) }, transaction) == 1, ct);
    }

    public Task<InstanceInfo?> GetAsync(string name, CancellationToken ct) =>
        executor.ReadAsync($"read instance {name}", connection =>
            connection.QuerySingleOrDefault<InstanceRow>($"{Select} WHERE name = @name", new { name })?.ToInfo(), ct);

    public Task<IReadOnlyList<InstanceInfo>> ListAsync(CancellationToken ct) =>
        executor.ReadAsync("list instances", connection =>
            (IReadOnlyList<InstanceInfo>)connection.Query<InstanceRow>($"{Select} ORDER BY name").Select(r => r.ToInfo()).ToList(), ct);

    private sealed class InstanceRow
    {
        public string Name { get; init; } = "";
        public string ConfigHash { get; init; } = "";
        public string Mode { get; init; } = "";
        public string Exchange { get; init; } = "";
        public string Symbol { get; init; } = "";
        public string Timeframe { get; init; } = "";
        public string Version { get; init; } = "";
        public long StartedMs { get; init; }
        public long HeartbeatMs { get; init; }
        public long? StoppedMs { get; init; }
        public string Status { get; init; } = "";

        public InstanceInfo ToInfo() => new(
            new InstanceRegistration(Name, ConfigHash, EnumText.Parse<TradingMode>(Mode), Exchange, Symbol,
                Domain.Timeframe.Parse(Timeframe), Version, StartedMs),
            HeartbeatMs, StoppedMs, EnumText.Parse<InstanceStatus>(Status));
    }
}
