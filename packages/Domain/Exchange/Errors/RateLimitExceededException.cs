namespace Trader.Domain;

/// <summary>The exchange asked us to slow down (HTTP 429 or 418; ccxt <c>RateLimitExceeded</c>). Transient after <see cref="RetryAfter"/>.</summary>
public sealed class RateLimitExceededException(TimeSpan retryAfter, string message, Exception? inner = null)
    : TransientExchangeException(message, inner)
{
    /// <summary>How long to wait before the next request, from the exchange's Retry-After header (zero when absent).</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
