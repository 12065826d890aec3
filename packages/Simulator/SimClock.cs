namespace Trader.Simulator;

/// <summary>
/// The simulator's clock: starts at a chosen instant and runs <c>speed</c> times as fast as an underlying clock,
/// so a replay can start in the past and move faster than real time. Only <see cref="GetUtcNow"/> is scaled;
/// the simulator reads time and never waits on this clock.
/// </summary>
public sealed class SimClock : TimeProvider
{
    private readonly TimeProvider _underlying;
    private readonly DateTimeOffset _underlyingStart;
    private readonly long _startMs;
    private readonly double _speed;

    /// <param name="underlying">The real (or test) clock that drives this one.</param>
    /// <param name="startMs">Simulated time at construction, Unix ms UTC.</param>
    /// <param name="speed">Simulated milliseconds per underlying millisecond; 1 = real time.</param>
    public SimClock(TimeProvider underlying, long startMs, double speed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(speed);
        _underlying = underlying;
        _underlyingStart = underlying.GetUtcNow();
        _startMs = startMs;
        _speed = speed;
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        double elapsedMs = (_underlying.GetUtcNow() - _underlyingStart).TotalMilliseconds * _speed;
        return DateTimeOffset.FromUnixTimeMilliseconds(_startMs + (long)elapsedMs);
    }
}
