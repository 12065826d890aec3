namespace Trader.Database.Stores.Sql;

/// <summary>The <c>equity_snapshots</c> statements, the same text on SQLite and PostgreSQL.</summary>
internal static class EquitySql
{
    public const string Upsert =
        """
        INSERT INTO equity_snapshots (instance, time_ms, equity, cash, position_value)
        VALUES (@InstanceName, @TimeMs, @Equity, @Cash, @PositionValue)
        ON CONFLICT (instance, time_ms) DO UPDATE SET equity = excluded.equity, cash = excluded.cash, position_value = excluded.position_value
        """;

    private const string Select =
        "SELECT instance AS Instance, time_ms AS TimeMs, equity AS Equity, cash AS Cash, position_value AS PositionValue FROM equity_snapshots";

    public const string List = $"{Select} WHERE instance = @instanceName AND time_ms >= @fromMs AND time_ms < @toMs ORDER BY time_ms";

    public const string Latest = $"{Select} WHERE instance = @instanceName ORDER BY time_ms DESC LIMIT 1";
}
