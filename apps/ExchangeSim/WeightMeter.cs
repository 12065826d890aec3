namespace Trader.ExchangeSim;

/// <summary>
/// A venue's request budget (Binance's REQUEST_WEIGHT, Bybit's request count): cost used in fixed windows aligned to the clock.
/// Records the highest usage any window reached so tests can check a client never went over its share.
/// </summary>
public sealed class WeightMeter(int limit, TimeSpan window, TimeProvider clock)
{
    private readonly object _gate = new();
    private long _windowStart = long.MinValue;
    private int _used;

    public int Limit { get; } = limit;

    /// <summary>When the current window ends, Unix ms UTC (Bybit reports it as X-Bapi-Limit-Reset-Timestamp).</summary>
    public long WindowEndMs
    {
        get
        {
            lock (_gate) return _windowStart == long.MinValue ? clock.GetUtcNow().ToUnixTimeMilliseconds() : _windowStart + (long)window.TotalMilliseconds;
        }
    }
    public int MaxUsed { get; private set; }
    public long Rejected { get; private set; }

    /// <summary>Adds a request's weight; returns the window's usage and, when over the limit, how long until the window resets.</summary>
    public (int Used, TimeSpan? RetryAfter) Charge(int weight)
    {
        lock (_gate)
        {
            long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            long windowMs = (long)window.TotalMilliseconds;
            long start = now - now % windowMs;
            if (start != _windowStart)
            {
                _windowStart = start;
                _used = 0;
            }
            _used += weight;
            if (_used > Limit)
            {
                Rejected++;
                return (_used, TimeSpan.FromMilliseconds(start + windowMs - now));
            }
            MaxUsed = Math.Max(MaxUsed, _used);
            return (_used, null);
        }
    }
}
