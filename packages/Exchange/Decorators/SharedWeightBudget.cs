using Trader.Domain;

namespace Trader.Exchange.Decorators;

/// <summary>
/// The part of an exchange account's weight limit that every process using it shares, counted in the database
/// (<see cref="IRateLimitStore"/>): fixed windows aligned to the clock, so N processes on any number of hosts together
/// never take more than <see cref="Budget"/> per window. Hosts must keep their clocks in sync (NTP): a window is named
/// by its start on the taker's clock.
/// </summary>
public sealed class SharedWeightBudget
{
    private readonly IRateLimitStore _store;
    private readonly long _windowMs;
    private readonly TimeProvider _clock;

    /// <param name="store">Where the windows are counted.</param>
    /// <param name="bucket">The account's name in the store, e.g. <c>binance:3fa2c1d0</c> (never a secret).</param>
    /// <param name="budget">Weight all processes together may use per window.</param>
    /// <param name="window">Length of a limit window (Binance: one minute).</param>
    /// <param name="clock">Time source for windows and waits.</param>
    public SharedWeightBudget(IRateLimitStore store, string bucket, int budget, TimeSpan window, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromMilliseconds(1));
        _store = store;
        Bucket = bucket;
        Budget = budget;
        _windowMs = (long)window.TotalMilliseconds;
        _clock = clock;
    }

    /// <summary>The account's name in the store.</summary>
    public string Bucket { get; }

    /// <summary>Weight all processes together may use per window.</summary>
    public int Budget { get; }

    /// <summary>
    /// Takes <paramref name="weight"/> from the shared budget, waiting for later windows while it does not fit; returns
    /// the start (Unix ms) of the window it was counted in.
    /// </summary>
    public async Task<long> AcquireAsync(int weight, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weight, 0);
        while (true)
        {
            long now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
            long start = now - (now % _windowMs + _windowMs) % _windowMs;
            if (await _store.TryTakeAsync(Bucket, start, weight, Budget, ct).ConfigureAwait(false))
            {
                // Taken in time: the request goes out inside the window it was counted in. A take that returns after its
                // window ended (a slow database) would send in the next window uncounted, so it is taken again there.
                if (_clock.GetUtcNow().ToUnixTimeMilliseconds() < start + _windowMs) return start;
                continue;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(start + _windowMs - now), _clock, ct).ConfigureAwait(false);
        }
    }
}
