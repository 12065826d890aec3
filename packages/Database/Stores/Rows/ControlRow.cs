using Trader.Domain;

namespace Trader.Database.Stores.Rows;

/// <summary>A <c>control_commands</c> row as both backends return it.</summary>
internal sealed class ControlRow
{
    public string Id { get; init; } = "";
    public string Instance { get; init; } = "";
    public string Action { get; init; } = "";
    public string IssuedBy { get; init; } = "";
    public long IssuedMs { get; init; }
    public string Status { get; init; } = "";
    public long? AppliedMs { get; init; }
    public long? EffectiveOpenMs { get; init; }
    public string? Result { get; init; }

    /// <summary>The parameters of <c>ControlSql.Issue</c>.</summary>
    public static object Parameters(ControlCommand command) => new
    {
        command.Id,
        command.Instance,
        Action = EnumText.ToText(command.Action),
        command.IssuedBy,
        command.IssuedMs,
    };

    /// <summary>The parameters of <c>ControlSql.Complete</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is pending.</exception>
    public static object CompleteParameters(string id, ControlStatus status, long appliedMs, long? effectiveOpenMs, string result) =>
        status == ControlStatus.Pending
            ? throw new ArgumentOutOfRangeException(nameof(status), status, "A command completes as applied or skipped.")
            : new { Id = id, Status = EnumText.ToText(status), AppliedMs = appliedMs, EffectiveOpenMs = effectiveOpenMs, Result = result };

    public ControlCommand ToCommand() => new(
        Id, Instance, EnumText.Parse<ControlAction>(Action), IssuedBy, IssuedMs, EnumText.Parse<ControlStatus>(Status), AppliedMs, EffectiveOpenMs, Result);
}
