using System.Globalization;

namespace Trader.Domain;

/// <summary>
/// The one reader of durations typed by people: a positive whole number and one unit, <c>500ms</c>, <c>90s</c>,
/// <c>15m</c>, <c>1h</c>, <c>30d</c>, <c>1w</c> (the backfiller's <c>--every</c> and <c>every:</c>, the simulator's
/// <c>--history</c> and <c>--weight-window</c>). Instants are <see cref="TimeText"/>'s.
/// </summary>
public static class DurationText
{
    /// <summary>The accepted units, for messages.</summary>
    public const string Units = "ms, s, m, h, d, w";

    /// <summary>The duration, or null when <paramref name="text"/> is not a positive number and one unit.</summary>
    public static TimeSpan? TryParse(string text)
    {
        text = text.Trim();
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits == 0 || !long.TryParse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out long n) || n <= 0) return null;
        TimeSpan? unit = text[digits..] switch
        {
            "ms" => TimeSpan.FromMilliseconds(1),
            "s" => TimeSpan.FromSeconds(1),
            "m" => TimeSpan.FromMinutes(1),
            "h" => TimeSpan.FromHours(1),
            "d" => TimeSpan.FromDays(1),
            "w" => TimeSpan.FromDays(7),
            _ => null,
        };
        // Past ~29 000 years TimeSpan overflows; nobody means that, so it is not a duration either.
        return unit is { } u && n <= TimeSpan.MaxValue.Ticks / u.Ticks ? u * n : null;
    }

    /// <summary>The duration <paramref name="text"/> gives.</summary>
    /// <param name="text">A positive whole number and one of <see cref="Units"/>, e.g. <c>1h</c>.</param>
    /// <param name="what">The option, variable or key the text came from, for the message.</param>
    /// <exception cref="ConfigException">Not that shape; the message names <paramref name="what"/> and gives examples.</exception>
    public static TimeSpan Parse(string text, string what) =>
        TryParse(text) ?? throw new ConfigException($"{what}: '{text.Trim()}' is not a duration; use a positive whole number and one of {Units}, e.g. 1h, 15m, 30d or 500ms.");
}
