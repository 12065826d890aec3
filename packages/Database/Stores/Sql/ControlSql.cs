namespace Trader.Database.Stores.Sql;

/// <summary>The <c>control_commands</c> statements, the same text on SQLite and PostgreSQL.</summary>
internal static class ControlSql
{
    private const string Select =
        """
        SELECT id AS Id, instance AS Instance, action AS Action, issued_by AS IssuedBy, issued_ms AS IssuedMs, status AS Status,
               applied_ms AS AppliedMs, effective_open_ms AS EffectiveOpenMs, result AS Result
        FROM control_commands
        """;

    public const string Issue =
        """
        INSERT INTO control_commands (id, instance, action, issued_by, issued_ms, status)
        VALUES (@Id, @Instance, @Action, @IssuedBy, @IssuedMs, 'pending')
        ON CONFLICT (id) DO NOTHING
        """;

    public const string Get = $"{Select} WHERE id = @id";

    public const string List = $"{Select} WHERE instance = @instance ORDER BY seq";

    public const string Pending = $"{Select} WHERE instance = @instance AND status = 'pending' ORDER BY seq";

    // Only a pending command completes: a second taker (or a retried write) changes nothing.
    public const string Complete =
        """
        UPDATE control_commands SET status = @Status, applied_ms = @AppliedMs, effective_open_ms = @EffectiveOpenMs, result = @Result
        WHERE id = @Id AND status = 'pending'
        """;
}
