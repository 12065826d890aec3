namespace Trader.Backfiller;

/// <summary>
/// When scheduled runs happen: on multiples of the interval since the Unix epoch (so <c>--every 1h</c> runs just after
/// each full hour, when the hour's candle has closed), plus a short settle delay for the exchange to publish it.
/// </summary>
public sealed record Schedule(TimeSpan Every)
{
    /// <summary>Time given to the exchange to publish a candle after its close.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait at <paramref name="now"/> until the next run.</summary>
    public TimeSpan DelayAfter(DateTimeOffset now)
    {
        long every = (long)Every.TotalMilliseconds, nowMs = now.ToUnixTimeMilliseconds();
        long next = (nowMs / every + 1) * every + (long)Settle.TotalMilliseconds;
        return TimeSpan.FromMilliseconds(next - nowMs);
    }
}
