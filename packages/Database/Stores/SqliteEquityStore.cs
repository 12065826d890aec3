using Dapper;
using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>Equity snapshots in SQLite, one per (instance, time).</summary>
internal sealed class SqliteEquityStore(SqliteExecutor executor) : IEquityStore
{
    public Task AddAsync(EquitySnapshot snapshot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return executor.WriteAsync($"store an equity snapshot of {snapshot.InstanceName}", (connection, transaction) => connection.Execute(
            """
            INSERT INTO equity_snapshots (instance, time_ms, equity, cash, position_value)
            VALUES (@InstanceName, @TimeMs, @Equity, @Cash, @PositionValue)
            ON CONFLICT (instance, time_ms) DO UPDATE SET equity = excluded.equity, cash = excluded.cash, position_value = excluded.position_value
            """,
            new
            {
                snapshot.InstanceName,
                snapshot.TimeMs,
                Equity = Money.ToText(snapshot.Equity),
                Cash = Money.ToText(snapshot.Cash),
                PositionValue = Money.ToText(snapshot.PositionValue),
            }, transaction), ct);
    }

    public Task<IReadOnlyList<EquitySnapshot>> ListAsync(string instanceName, long fromMs, long toMs, CancellationToken ct) =>
        executor.ReadAsync($"list equity snapshots of {instanceName}", connection => (IReadOnlyList<EquitySnapshot>)connection.Query<EquityRow>(
                """
                SELECT instance AS Instance, time_ms AS TimeMs, equity AS Equity, cash AS Cash, position_value AS PositionValue
                FROM equity_snapshots WHERE instance = @instanceName AND time_ms >= @fromMs AND time_ms < @toMs ORDER BY time_ms
                """, new { instanceName, fromMs, toMs })
            .Select(r => new EquitySnapshot(r.Instance, r.TimeMs, Money.Parse(r.Equity), Money.Parse(r.Cash), Money.Parse(r.PositionValue)))
            .ToList(), ct);

    private sealed class EquityRow
    {
        public string Instance { get; init; } = "";
        public long TimeMs { get; init; }
        public string Equity { get; init; } = "";
        public string Cash { get; init; } = "";
        public string PositionValue { get; init; } = "";
    }
}
