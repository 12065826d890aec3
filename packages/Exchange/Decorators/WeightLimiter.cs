using Serilog;

namespace Trader.Exchange.Decorators;

/// <summary>
/// A client-side request-weight budget of one of two shapes: fixed windows aligned to the clock (1 minute for Binance),
/// of which this process may use <c>share × limit</c>; or a decaying counter (<see cref="Decaying"/>, Kraken's private
/// calls), which each call raises by its weight, which drains at a steady rate, and which this process keeps at or
/// under <c>share × maximum</c>, draining at <c>share × rate</c>. <see cref="AcquireAsync"/> waits for the next window rather than exceed it;
/// <see cref="Observe"/> folds in the usage the exchange reports (which includes other processes on the same IP), so
/// the budget tracks the real count. A window spent with a second or more of it left is logged once. With a
/// <see cref="SharedWeightBudget"/>, a call also takes its weight from the budget that every process on the same
/// account shares through the database. Thread-safe; waits go through the injected clock.
/// </summary>
public sealed class WeightLimiter
{
    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private readonly long _windowMs;
    private readonly SharedWeightBudget? _shared;
    private readonly ILogger? _log;
    // The fixed window in which a call was last held: only the first call held in a window may log it spent.
    private long _heldWindow = long.MinValue;
    // The decaying counter's drain per millisecond; 0 for fixed windows.
    private readonly double _decayPerMs;
    private long _windowStart = long.MinValue;
    private int _used;
    // The decaying counter's level and when it was last drained.
    private double _level;
    private long _drainedAtMs = long.MinValue;

    /// <param name="limit">The venue's weight limit per window.</param>
    /// <param name="share">Fraction of the limit this process may use, 0 &lt; share ≤ 1.</param>
    /// <param name="window">Length of a limit window (Binance: one minute).</param>
    /// <param name="clock">Time source for windows and waits.</param>
    /// <param name="shared">The account's budget shared with other processes, or null when this process is alone on it.</param>
    /// <param name="log">
    /// Where a spent window is reported (once per window): calls held for the next one would otherwise leave the process
    /// silent for up to a whole window.
    /// </param>
    public WeightLimiter(int limit, double share, TimeSpan window, TimeProvider clock, SharedWeightBudget? shared = null, ILogger? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (share is <= 0 or > 1 || double.IsNaN(share)) throw new ArgumentOutOfRangeException(nameof(share), share, "The weight share must be in (0, 1].");
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromMilliseconds(1));
        Budget = Math.Max(1, (int)Math.Floor(limit * share));
        _windowMs = (long)window.TotalMilliseconds;
        _clock = clock;
        _shared = shared;
        _log = log;
    }

    /// <summary>
    /// A decaying counter: every call raises it by its weight, it drains by <paramref name="decayPerSecond"/> per
    /// second, and a call that would lift it over <paramref name="maximum"/> waits until it has drained enough (Kraken's
    /// private calls: maximum 15, 0.33 per second on the Starter tier). With a share below 1 the process keeps its
    /// counter under <c>share × maximum</c> and drains it at <c>share × decayPerSecond</c>.
    /// </summary>
    /// <param name="maximum">The venue's counter maximum.</param>
    /// <param name="share">Fraction of the counter this process may use, 0 &lt; share ≤ 1.</param>
    /// <param name="decayPerSecond">How much the venue's counter drains per second.</param>
    /// <param name="clock">Time source for the drain and the waits.</param>
    public static WeightLimiter Decaying(int maximum, double share, double decayPerSecond, TimeProvider clock)
    {
        if (decayPerSecond <= 0 || !double.IsFinite(decayPerSecond)) throw new ArgumentOutOfRangeException(nameof(decayPerSecond), decayPerSecond, "The decay must be above 0 per second.");
        return new WeightLimiter(maximum, share, TimeSpan.FromSeconds(maximum / decayPerSecond), clock, null, decayPerSecond * share / 1000);
    }

    private WeightLimiter(int limit, double share, TimeSpan window, TimeProvider clock, SharedWeightBudget? shared, double decayPerMs)
        : this(limit, share, window, clock, shared)
    {
        _decayPerMs = decayPerMs;
    }

    /// <summary>Weight this process may use per window (fixed windows), or the counter's maximum for this process (decaying).</summary>
    public int Budget { get; }

    /// <summary>Weight counted in the current window so far (decaying: the counter's level, rounded up).</summary>
    public int Used
    {
        get
        {
            lock (_gate)
            {
                Roll();
                return _decayPerMs > 0 ? (int)Math.Ceiling(_level - 1e-9) : _used;
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
            int? spent = null;
            lock (_gate)
            {
                long now = Roll();
                if (_decayPerMs > 0)
                {
                    if (_level + needed <= Budget + 1e-9)
                    {
                        _level += weight;
                        return;
                    }
                    // Until the counter has drained enough for this call, rounded up to a whole millisecond.
                    wait = TimeSpan.FromMilliseconds(Math.Ceiling((_level + needed - Budget) / _decayPerMs));
                }
                else
                {
                    if (_used + needed <= Budget)
                    {
                        _used += weight;
                        return;
                    }
                    wait = TimeSpan.FromMilliseconds(_windowStart + _windowMs - now);
                    // Short windows (a second on Coinbase) hold calls briefly as a matter of course; a wait worth a line
                    // is one the log would otherwise show as silence.
                    if (_log is not null && _heldWindow != _windowStart && wait >= TimeSpan.FromSeconds(1)) spent = _used;
                    _heldWindow = _windowStart;
                }
            }
            if (spent is { } used)
            {
                _log!.Information("This process has used {Used} of its {Budget} request weight this window: calls wait {Seconds:F1} s for the next",
                    used, Budget, wait.TotalSeconds);
            }
            await Task.Delay(wait, _clock, ct);
        }
    }

    /// <summary>Records the usage the exchange reported for the current window (e.g. X-MBX-USED-WEIGHT-1M), or the counter's level.</summary>
    public void Observe(int usedWeight)
    {
        lock (_gate)
        {
            Roll();
            _used = Math.Max(_used, usedWeight);
            _level = Math.Max(_level, usedWeight);
        }
    }

    private long Roll()
    {
        long now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        if (_decayPerMs > 0)
        {
            if (_drainedAtMs != long.MinValue) _level = Math.Max(0, _level - (now - _drainedAtMs) * _decayPerMs);
            _drainedAtMs = now;
            return now;
        }
        long start = now - (now % _windowMs + _windowMs) % _windowMs;
        if (start != _windowStart)
        {
            _windowStart = start;
            _used = 0;
        }
        return now;
    }
}
