namespace Trader.Exchange.Decorators;

/// <summary>How the retry decorator backs off.</summary>
/// <param name="MaxRetries">Retries after the first attempt.</param>
/// <param name="BaseDelay">First back-off; doubles per retry, with jitter.</param>
/// <param name="MaxDelay">Cap on one back-off (a longer Retry-After from the exchange still wins).</param>
public sealed record RetryOptions(int MaxRetries = 5, TimeSpan? BaseDelay = null, TimeSpan? MaxDelay = null)
{
    /// <summary>Effective first back-off (250 ms unless set).</summary>
    public TimeSpan FirstDelay => BaseDelay ?? TimeSpan.FromMilliseconds(250);

    /// <summary>Effective cap (30 s unless set).</summary>
    public TimeSpan DelayCap => MaxDelay ?? TimeSpan.FromSeconds(30);
}
