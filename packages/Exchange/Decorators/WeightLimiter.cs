namespace Trader.Exchange.Decorators;

/// <summary>
/// A client-side request-weight budget: fixed windows aligned to the clock (1 minute for Binance), of which this
/// process may use <c>share × limit</c>. <see cref="AcquireAsync"/> waits for the next window rather than exceed it;
/// <see cref="Observe"/> folds in the usage the exchange reports (which includes other processes on the same IP), so
/// the budget tracks the real count. With a <see cref="SharedWeightBudget"/>, a call also takes its weight from the
/// budget that every process on the same account shares through the database. Thread-safe; waits go through the injected clock.
/// </summary>
public sealed class WeightLimiter
{
    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private readonly long _windowMs;
    private readonly SharedWeightBudget? _shared;
    private long _windowStart = long.MinValue;
    private int _used;

    /// <param name="limit">The venue's weight limit per window.</param>
    /// <param name="share">Fraction of the limit this process may use, 0 &lt; share ≤ 1.</param>
    /// <param name="window">Length of a limit window (Binance: one minute).</param>
    /// <param name="clock">Time source for windows and waits.</param>
    /// <param name="shared">The account's budget shared with other processes, or null when this process is alone on it.</param>
    public WeightLimiter(int limit, double share, TimeSpan window, TimeProvider clock, SharedWeightBudget? shared = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (share is <= 0 or > 1 || double.IsNaN(share)) throw new ArgumentOutOfRangeException(nameof(share), share, "The weight share must be in (0, 1].");
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromMilliseconds(1));
        Budget = Math.Max(1, (int)Math.Floor(limit * share));
        _windowMs = (long)window.TotalMilliseconds;
        _clock = clock;
        _shared = shared;
    }

    /// <summary>Weight this process may use per window.</summary>
    public int Budget { get; }

    /// <summary>Weight counted in the current window so far.</summary>
    public int Used
    {
        get
        {
            lock (_gate)
            {
                Roll();
                return _used;
            }
        }
    }

    /// <summary>Takes <paramref name="weight"/> from the budget, waiting for later windows while it does not fit.</summary>
    public async Task AcquireAsync(int weight, CancellationToken ct)
    {
        await AcquireLocalAsync(weight, ct).ConfigureAwait(false);
        if (_shared is not null) await _shared.AcquireAsync(weight, ct).ConfigureAwait(false);
    }

    private async Task AcquireLocalAsync(int weight, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weight, 0);
        // A call heavier than the whole budget still runs, alone in a fresh window.
        int needed = Math.Min(weight, Budget);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                long now = Roll();
                if (_used + needed <= Budget)
                {
                    _used += weight;
                    return;
                }
                wait = TimeSpan.FromMilliseconds(_windowStart + _windowMs - now);
            }
            await Task.Delay(wait, _clock, ct);
        }
    }

    /// <summary>Records the usage the exchange reported for the current window (e.g. X-MBX-USED-WEIGHT-1M).</summary>
    public void Observe(int usedWeight)
    {
        lock (_gate)
        {
            Roll();
            _used = Math.Max(_used, usedWeight);
        }
    }

    private long Roll()
    {
        long now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        long start = now - (now % _windowMs + _windowMs) % _windowMs;
        if (start != _windowStart)
        {
            _windowStart = start;
            _used = 0;
        }
        return now;
    }
}
