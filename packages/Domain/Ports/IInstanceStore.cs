
namespace Trader.Domain;

/// <summary>Registry of strategy instances and their liveness. Times are Unix ms UTC.</summary>
public interface IInstanceStore
{
    /// <summary>Records that an instance started (replacing the previous registration of the same name); status becomes running.</summary>
    Task RegisterAsync(InstanceRegistration registration, CancellationToken ct);

    /// <summary>Records a heartbeat. Returns false when no instance of that name is registered.</summary>
    Task<bool> HeartbeatAsync(string name, long timeMs, CancellationToken ct);

    /// <summary>Records that an instance ended with <paramref name="status"/> (stopped or failed). Returns false when it is not registered.</summary>
    Task<bool> MarkEndedAsync(string name, long timeMs, InstanceStatus status, CancellationToken ct);

    /// <summary>The instance of that name, or null.</summary>
    Task<InstanceInfo?> GetAsync(string name, CancellationToken ct);

    /// <summary>Every registered instance, by name.</summary>
    Task<IReadOnlyList<InstanceInfo>> ListAsync(CancellationToken ct);
}
