using System.Globalization;

namespace Trader.Domain;

/// <summary>
/// The one reader of instants typed by people and files: ISO 8601 UTC (<c>2024-01-01</c>, <c>2024-01-01T12:00:00Z</c>;
/// no offset means UTC) or Unix milliseconds. Used by every CLI option, environment variable and CSV cell that holds a time.
/// </summary>
public static class TimeText
{
    /// <summary>An instant as Unix ms UTC, or null when <paramref name="text"/> is neither form.</summary>
    public static long? TryParseInstantMs(string text)
    {
        text = text.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) return ms;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
            return t.ToUnixTimeMilliseconds();
        return null;
    }

    /// <summary>An instant as Unix ms UTC.</summary>
    /// <param name="text">ISO 8601 or Unix ms.</param>
    /// <param name="what">The option, variable or key the text came from, for the message.</param>
    /// <exception cref="ConfigException">Neither form; the message names <paramref name="what"/> and gives examples.</exception>
    public static long ParseInstantMs(string text, string what) =>
        TryParseInstantMs(text) ?? throw new ConfigException($"{what}: {NotATime(text)}");

    /// <summary>Why <paramref name="text"/> is not a time, with the accepted forms, e.g. for a CSV row's message.</summary>
    public static string NotATime(string text) =>
        $"'{text.Trim()}' is not a time; use ISO 8601 UTC (2024-01-01 or 2024-01-01T12:00:00Z) or Unix milliseconds";

    /// <summary>True when <paramref name="text"/> is a bare date (<c>2024-12-31</c>), e.g. so that an end bound can take the whole day.</summary>
    public static bool IsDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>
    /// Formats Unix ms as ISO 8601 UTC to the second (<c>2024-01-01T12:00:00Z</c>), for messages and CSV; an instant
    /// outside years 1..9999 (only a refused value can be one) prints as its number, so a message never throws.
    /// </summary>
    public static string Iso(long ms) =>
        IsFormattable(ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString(IsoFormat, CultureInfo.InvariantCulture) : ms.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes <see cref="Iso"/>'s text of <paramref name="ms"/> as UTF-8 into <paramref name="destination"/> (20 bytes
    /// suffice), without a string: for writers of many times, e.g. an equity curve in JSON.
    /// </summary>
    /// <returns>False when the destination is too small or the instant is outside years 1..9999 (use <see cref="Iso"/>).</returns>
    public static bool TryWriteIsoUtf8(long ms, Span<byte> destination, out int written)
    {
        written = 0;
        return IsFormattable(ms) && DateTimeOffset.FromUnixTimeMilliseconds(ms).TryFormat(destination, out written, IsoFormat, CultureInfo.InvariantCulture);
    }

    private const string IsoFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private static bool IsFormattable(long ms) =>
        ms >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();
}
