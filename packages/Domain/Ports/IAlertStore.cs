namespace Trader.Domain;

/// <summary>
/// The alert outbox: events are written here first (by the process that saw them, idempotently by key) and sent to each
/// channel later by the notifier, which records every delivery, so a crash or a channel outage loses no alert.
/// </summary>
public interface IAlertStore
{
    /// <summary>Writes an event at <paramref name="createdMs"/>. Returns false (and changes nothing) when its key is in the outbox already.</summary>
    Task<bool> AddAsync(AlertEvent alert, long createdMs, CancellationToken ct);

    /// <summary>Up to <paramref name="limit"/> alerts not yet delivered to <paramref name="channel"/>, oldest first.</summary>
    Task<IReadOnlyList<Alert>> UndeliveredAsync(string channel, int limit, CancellationToken ct);

    /// <summary>Records that alert <paramref name="seq"/> is done for <paramref name="channel"/> (sent, or dropped with a reason). Repeating it changes nothing.</summary>
    Task MarkDeliveredAsync(long seq, string channel, long timeMs, string outcome, CancellationToken ct);

    /// <summary>The newest <paramref name="limit"/> alerts, newest first.</summary>
    Task<IReadOnlyList<Alert>> ListRecentAsync(int limit, CancellationToken ct);
}
