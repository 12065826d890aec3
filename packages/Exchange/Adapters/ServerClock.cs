namespace Trader.Exchange.Adapters;

/// <summary>
/// A venue's clock as an adapter sees it: the local clock plus the offset last measured, for the timestamps of signed
/// requests (which venues refuse outside their receive window).
/// </summary>
internal sealed class ServerClock(TimeProvider local)
{
    private long _offsetMs;
    private bool _synced;

    /// <summary>Server time minus local time, ms, as last measured (0 before the first measurement).</summary>
    public long OffsetMs => Interlocked.Read(ref _offsetMs);

    /// <summary>Whether the offset has been measured at least once.</summary>
    public bool IsSynced => _synced;

    /// <summary>Local time now, Unix ms UTC.</summary>
    public long LocalMs => local.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>The venue's time now by the last measured offset, Unix ms UTC.</summary>
    public long NowMs => LocalMs + OffsetMs;

    /// <summary>Measures the offset with one server-time request (half the round trip assumed each way) and returns it.</summary>
    public async Task<long> SyncAsync(Func<CancellationToken, Task<long>> fetchServerMs, CancellationToken ct)
    {
        long before = LocalMs;
        long server = await fetchServerMs(ct);
        long after = LocalMs;
        long offset = server - (before + after) / 2;
        Interlocked.Exchange(ref _offsetMs, offset);
        _synced = true;
        return offset;
    }
}
