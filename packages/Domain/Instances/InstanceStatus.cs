namespace Trader.Domain;

/// <summary>Life-cycle state of a registered strategy instance.</summary>
public enum InstanceStatus
{
    /// <summary>Started and sending heartbeats.</summary>
    Running,

    /// <summary>Shut down cleanly.</summary>
    Stopped,

    /// <summary>Exited after an error.</summary>
    Failed,
}
