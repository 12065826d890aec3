namespace Trader.Database;

/// <summary>How the database waits for and retries around other processes' locks.</summary>
/// <remarks>
/// A write first waits up to <see cref="BusyTimeout"/> inside SQLite for the write lock; if it still cannot
/// get it, it backs off (exponentially from <see cref="RetryBaseDelay"/> to <see cref="RetryMaxDelay"/>, with
/// jitter so processes do not collide again) and retries, up to <see cref="MaxAttempts"/> attempts in all.
/// </remarks>
public sealed record DatabaseOptions
{
    /// <summary>How long one attempt waits for a lock inside SQLite (<c>PRAGMA busy_timeout</c>). Default 5 s.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts per operation, the first included, before it fails with <see cref="DatabaseException"/>. Default 8.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>Back-off before the second attempt; doubles after each failure. Default 50 ms.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Longest back-off between two attempts. Default 2 s.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Most candles written in one transaction (count). A longer upsert is split so that no writer holds the
    /// write lock for long (about 50 ms at the default 20,000). Default 20,000.
    /// </summary>
    public int CandlesPerTransaction { get; init; } = 20_000;

    /// <summary>The defaults above.</summary>
    public static DatabaseOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BusyTimeout, TimeSpan.FromMilliseconds(1), nameof(BusyTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero, nameof(RetryBaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryMaxDelay, RetryBaseDelay, nameof(RetryMaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(CandlesPerTransaction, 1, nameof(CandlesPerTransaction));
    }
}
