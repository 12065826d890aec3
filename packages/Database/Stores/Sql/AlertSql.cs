namespace Trader.Database.Stores.Sql;

/// <summary>The <c>alerts</c> and <c>alert_deliveries</c> statements, the same text on SQLite and PostgreSQL.</summary>
internal static class AlertSql
{
    private const string Select =
        "SELECT a.seq AS Seq, a.key AS Key, a.instance AS Instance, a.kind AS Kind, a.time_ms AS TimeMs, a.text AS Text, a.created_ms AS CreatedMs FROM alerts a";

    public const string Add =
        """
        INSERT INTO alerts (key, instance, kind, time_ms, text, created_ms) VALUES (@Key, @Instance, @Kind, @TimeMs, @Text, @CreatedMs)
        ON CONFLICT (key) DO NOTHING
        """;

    public const string Undelivered =
        $"{Select} WHERE NOT EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.alert_seq = a.seq AND d.channel = @channel) ORDER BY a.seq LIMIT @limit";

    public const string MarkDelivered =
        """
        INSERT INTO alert_deliveries (alert_seq, channel, time_ms, outcome) VALUES (@seq, @channel, @timeMs, @outcome)
        ON CONFLICT (alert_seq, channel) DO NOTHING
        """;

    public const string Recent = $"{Select} ORDER BY a.seq DESC LIMIT @limit";
}
