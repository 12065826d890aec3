namespace Trader.Database.Stores.Sql;

/// <summary>The <c>rate_limit_windows</c> statements, the same text on SQLite and PostgreSQL.</summary>
internal static class RateLimitSql
{
    // One atomic statement: a new window is inserted with the weight; an existing one grows only while it stays
    // within the budget (the WHERE of DO UPDATE sees the row as locked by this transaction, so takers never over-count).
    public const string Take =
        """
        INSERT INTO rate_limit_windows (bucket, window_start_ms, used) VALUES (@bucket, @windowStartMs, @weight)
        ON CONFLICT (bucket, window_start_ms) DO UPDATE SET used = rate_limit_windows.used + excluded.used
        WHERE rate_limit_windows.used + excluded.used <= @budget
        """;

    public const string PrunePast = "DELETE FROM rate_limit_windows WHERE bucket = @bucket AND window_start_ms < @windowStartMs";
}
