using System.Globalization;
using Trader.Domain;

namespace Trader.Backfiller;

/// <summary>Parses the durations users type on the command line and in backfill.yaml (<c>--every</c>, <c>every:</c>); times are <see cref="TimeText"/>.</summary>
public static class DurationText
{
    /// <summary>A duration like <c>90s</c>, <c>15m</c>, <c>1h</c>, <c>1d</c>, <c>1w</c> (a number and one unit).</summary>
    /// <exception cref="ConfigException">Not that shape, or not positive.</exception>
    public static TimeSpan Parse(string text, string what)
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
}
