
namespace Trader.Domain;

/// <summary>Equity curve of each instance.</summary>
public interface IEquityStore
{
    /// <summary>Stores a snapshot, replacing one with the same instance and time.</summary>
    Task AddAsync(EquitySnapshot snapshot, CancellationToken ct);

    /// <summary>Snapshots with <paramref name="fromMs"/> &lt;= time &lt; <paramref name="toMs"/> (Unix ms UTC), oldest first.</summary>
    Task<IReadOnlyList<EquitySnapshot>> ListAsync(string instanceName, long fromMs, long toMs, CancellationToken ct);

    /// <summary>The instance's newest snapshot, or null when it has none.</summary>
    Task<EquitySnapshot?> LatestAsync(string instanceName, CancellationToken ct);
}
