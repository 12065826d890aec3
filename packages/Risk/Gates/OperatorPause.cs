namespace Trader.Risk.Gates;

/// <summary>An operator's pause: refuses entries until resumed. Open positions keep their exits (it is only a gate).</summary>
public sealed class OperatorPause : IEntryGate
{
    /// <summary>True between <see cref="Pause"/> and <see cref="Resume"/>.</summary>
    public bool IsPaused { get; private set; }

    /// <summary>Refuses entries from now on (idempotent).</summary>
    public void Pause() => IsPaused = true;

    /// <summary>Allows entries again (idempotent).</summary>
    public void Resume() => IsPaused = false;

    /// <inheritdoc />
    public string? BlockReason(long timeMs) => IsPaused ? "paused by the operator; no new entries until resumed" : null;
}
