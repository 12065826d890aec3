namespace Trader.Domain;

/// <summary>A registered instance as stored: its registration plus liveness.</summary>
/// <param name="Registration">What the instance announced at its last start.</param>
/// <param name="HeartbeatMs">Last heartbeat, Unix ms UTC.</param>
/// <param name="StoppedMs">When it stopped, Unix ms UTC; null while running.</param>
/// <param name="Status">Running, stopped or failed.</param>
public sealed record InstanceInfo(InstanceRegistration Registration, long HeartbeatMs, long? StoppedMs, InstanceStatus Status);
