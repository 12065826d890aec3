namespace Trader.Domain;

/// <summary>
/// Request budgets shared through the database: fixed time windows of a named bucket (one exchange account), whose
/// usage every process on every host that shares the database sees, so together they stay within the venue's limit.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>
    /// Adds <paramref name="weight"/> to the usage of <paramref name="bucket"/>'s window starting at
    /// <paramref name="windowStartMs"/> (Unix ms UTC) if the usage stays within <paramref name="budget"/>, atomically
    /// across processes. The first taker of a window always succeeds (a call heavier than the budget runs alone).
    /// Returns whether the weight was taken; false means wait for the next window.
    /// </summary>
    Task<bool> TryTakeAsync(string bucket, long windowStartMs, int weight, int budget, CancellationToken ct);
}
