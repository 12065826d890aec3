using Trader.Domain;

namespace Trader.Trader.Run;

/// <summary>
/// The exchange's clock as seen from this process: every sample of <see cref="IExchange.FetchTimeAsync"/> updates the
/// offset to the local <see cref="TimeProvider"/> and the rate at which the server clock runs (1 on a real exchange;
/// an accelerated simulator runs faster). Waits for a server instant are converted to local time with both, and the
/// caller re-samples after waking, so estimation errors only cost an extra short wait.
/// </summary>
internal sealed class ServerClock(IExchange exchange, TimeProvider clock)
{
    private long _lastServerMs = long.MinValue;
    private long _lastLocalMs;
    private double _rate = 1.0;

    /// <summary>Server milliseconds per local millisecond (measured).</summary>
    public double Rate => _rate;

    /// <summary>Asks the exchange for its time (Unix ms) and updates the rate estimate.</summary>
    public async Task<long> NowAsync(CancellationToken ct)
    {
        long before = LocalMs();
        long serverMs = await exchange.FetchTimeAsync(ct);
        long localMs = before + (LocalMs() - before) / 2;
        // Samples too close together are dominated by request latency; they neither move the estimate nor replace the base.
        if (_lastServerMs == long.MinValue || localMs - _lastLocalMs >= 200)
        {
            if (_lastServerMs != long.MinValue && serverMs > _lastServerMs) _rate = Math.Max(1.0, (double)(serverMs - _lastServerMs) / (localMs - _lastLocalMs));
            (_lastServerMs, _lastLocalMs) = (serverMs, localMs);
        }
        return serverMs;
    }

    private long LocalMs() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Local time to wait until the server clock shows <paramref name="serverMs"/>, at most <paramref name="max"/>.</summary>
    public TimeSpan Until(long serverMs, long serverNowMs, TimeSpan max)
    {
        double localMs = Math.Max(0, serverMs - serverNowMs) / _rate;
        return TimeSpan.FromMilliseconds(Math.Min(localMs, max.TotalMilliseconds));
    }
}
