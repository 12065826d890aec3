namespace Trader.Risk.Gates;

/// <summary>UTC calendar-day arithmetic on Unix milliseconds.</summary>
public static class UtcDay
{
    /// <summary>Milliseconds in one UTC day.</summary>
    public const long DayMs = 86_400_000L;

    /// <summary>Days since 1970-01-01 UTC of <paramref name="timeMs"/>; a time exactly at midnight belongs to the day that starts there.</summary>
    public static long Of(long timeMs) => timeMs >= 0 ? timeMs / DayMs : (timeMs - DayMs + 1) / DayMs;
}
