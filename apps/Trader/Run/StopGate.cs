namespace Trader.Trader.Run;

/// <summary>
/// Where a stop request (SIGTERM, Ctrl+C, the operator's stop) may cut the trader's work short. Work on the engine (a
/// step, a replayed step, an operator's command) runs as one unit (<see cref="RunAsync{T}"/>). A stop request cancels a
/// unit that has changed nothing on the exchange yet, once the grace has passed: the replay at the next start redoes it
/// exactly. A unit that has sent a request changing the account (<see cref="BeforeChange"/>: an order placed or
/// canceled) is never canceled by a stop: it runs to its end, so every order it sent is recorded with the exchange's
/// answer (its id, its state, its fill) and every lot it opened has its stop placed before the process exits. Its
/// length is then bounded by the exchange's request timeouts, retries and rate limit, not by the grace. A process
/// killed meanwhile (kill -9, or <c>docker stop</c> past its grace) is reconciled by the next start's replay, which
/// finds such an order by its client order id and never sends it again. One loop owns a gate: one unit at a time.
/// </summary>
internal sealed class StopGate(TimeProvider clock)
{
    private readonly object _gate = new();
    private Unit? _current;

    /// <summary>
    /// Runs <paramref name="work"/> as a unit with its own token, which <paramref name="stop"/> cancels
    /// <paramref name="grace"/> after it fires unless the unit has changed the account by then. A unit does not start
    /// after a stop request.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, TimeSpan grace, CancellationToken stop)
    {
        stop.ThrowIfCancellationRequested();
        using var finishing = new CancellationTokenSource();
        var unit = new Unit(finishing);
        lock (_gate) _current = unit;
        ITimer? timer = null;
        var registration = stop.Register(() => timer = clock.CreateTimer(_ => CutOff(unit), null, grace, Timeout.InfiniteTimeSpan));
        try
        {
            return await work(finishing.Token);
        }
        finally
        {
            // A cut-off that fires from now on finds another unit (or none) current and leaves this one alone.
            lock (_gate) _current = null;
            // Waits for a registration callback under way, so the timer it creates is disposed too.
            await registration.DisposeAsync();
            timer?.Dispose();
        }
    }

    /// <inheritdoc cref="RunAsync{T}"/>
    public Task RunAsync(Func<CancellationToken, Task> work, TimeSpan grace, CancellationToken stop) =>
        RunAsync(async ct =>
        {
            await work(ct);
            return true;
        }, grace, stop);

    /// <summary>
    /// Called before a request that changes the account is sent: from then on the unit runs to its end. Throws
    /// <see cref="OperationCanceledException"/> instead when the unit was already cut off (nothing is sent).
    /// </summary>
    public void BeforeChange(CancellationToken ct)
    {
        lock (_gate)
        {
            if (_current is { } unit)
            {
                if (unit.IsCutOff) throw new OperationCanceledException("The trader is stopping; the order is not sent.", ct);
                unit.HasChanged = true;
            }
        }
        ct.ThrowIfCancellationRequested();
    }

    // Under the lock, so the unit's token source is not disposed meanwhile (its unit has ended when it is not current).
    private void CutOff(Unit unit)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_current, unit) || unit.HasChanged) return;
            unit.IsCutOff = true;
            unit.Finishing.Cancel();
        }
    }

    private sealed class Unit(CancellationTokenSource finishing)
    {
        public CancellationTokenSource Finishing { get; } = finishing;
        public bool HasChanged { get; set; }
        public bool IsCutOff { get; set; }
    }
}
