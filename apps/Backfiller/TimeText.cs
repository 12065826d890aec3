using System.Globalization;
using Trader.Domain;

namespace Trader.Backfiller;

/// <summary>Parses the times and durations users type on the command line and in backfill.yaml.</summary>
public static class TimeText
{
    /// <summary>An instant as Unix ms UTC: ISO 8601 (<c>2024-01-01</c>, <c>2024-01-01T12:00:00Z</c>) or Unix milliseconds.</summary>
    /// <exception cref="ConfigException">Neither form; the message names <paramref name="what"/> and gives examples.</exception>
    public static long ParseInstantMs(string text, string what)
    {
        text = text.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) return ms;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
            return t.ToUnixTimeMilliseconds();
        throw new ConfigException($"{what}: '{text}' is not a time; use ISO 8601 UTC (2024-01-01 or 2024-01-01T12:00:00Z) or Unix milliseconds.");
    }

    /// <summary>A duration like <c>90s</c>, <c>15m</c>, <c>1h</c>, <c>1d</c>, <c>1w</c> (a number and one unit).</summary>
    /// <exception cref="ConfigException">Not that shape, or not positive.</exception>
    public static TimeSpan ParseDuration(string text, string what)
    {
        text = text.Trim();
        if (text.Length >= 2 && long.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            TimeSpan? unit = text[^1] switch
            {
                's' => TimeSpan.FromSeconds(1),
                'm' => TimeSpan.FromMinutes(1),
                'h' => TimeSpan.FromHours(1),
                'd' => TimeSpan.FromDays(1),
                'w' => TimeSpan.FromDays(7),
                _ => null,
            };
            if (unit is { } u) return u * n;
        }
        throw new ConfigException($"{what}: '{text}' is not a duration; use a positive number and one of s, m, h, d, w, e.g. 1h or 15m.");
    }

    /// <summary>Formats Unix ms as ISO 8601 UTC for messages and CSV.</summary>
    public static string Iso(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
