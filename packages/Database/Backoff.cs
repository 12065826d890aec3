namespace Trader.Database;

/// <summary>How long to wait before the next attempt of an operation that met another process (a lock, a conflict).</summary>
internal static class Backoff
{
    /// <summary>Exponential from <see cref="DatabaseOptions.RetryBaseDelay"/>, capped at <see cref="DatabaseOptions.RetryMaxDelay"/>, with jitter.</summary>
    public static TimeSpan Delay(DatabaseOptions options, int attempt)
    {
        double exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        double capped = Math.Min(exponential, options.RetryMaxDelay.TotalMilliseconds);
        // Full range jitter in [50 %, 100 %] keeps processes that failed together from retrying together.
        return TimeSpan.FromMilliseconds(capped * (0.5 + 0.5 * Random.Shared.NextDouble()));
    }
}
