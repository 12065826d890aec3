namespace Trader.Domain;

/// <summary>The operator command table that every trader polls: commands are written by the CLI, the dashboard or Telegram and taken once by their instance.</summary>
public interface IControlStore
{
    /// <summary>
    /// Writes a pending command. Idempotent by <see cref="ControlCommand.Id"/>: returns false (and changes nothing) when
    /// a command of that id exists already.
    /// </summary>
    Task<bool> IssueAsync(ControlCommand command, CancellationToken ct);

    /// <summary>The command of that id, or null.</summary>
    Task<ControlCommand?> GetAsync(string id, CancellationToken ct);

    /// <summary>Every command of <paramref name="instance"/> in the order they were issued.</summary>
    Task<IReadOnlyList<ControlCommand>> ListAsync(string instance, CancellationToken ct);

    /// <summary>The pending commands of <paramref name="instance"/> in the order they were issued.</summary>
    Task<IReadOnlyList<ControlCommand>> PendingAsync(string instance, CancellationToken ct);

    /// <summary>
    /// Records the outcome of a pending command (status applied or skipped, with time, effective candle and result).
    /// Returns false when the command is not pending any more (taken already: each command is applied once).
    /// </summary>
    Task<bool> CompleteAsync(string id, ControlStatus status, long appliedMs, long? effectiveOpenMs, string result, CancellationToken ct);
}
