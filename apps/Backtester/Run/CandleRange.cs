using Trader.Domain;

namespace Trader.Backtester.Run;

/// <summary>The <c>--from</c>/<c>--to</c> range as UTC Unix ms: from inclusive, to exclusive.</summary>
/// <param name="FromMs">First candle open time included.</param>
/// <param name="ToMs">Candles opening at or after this are excluded.</param>
internal sealed record CandleRange(long FromMs, long ToMs)
{
    /// <summary>
    /// Parses the options. A date (<c>2024-12-31</c>) in <c>--to</c> includes that whole UTC day; a time
    /// (<c>2024-12-31T12:00:00Z</c>) is the exclusive end. Missing bounds are open.
    /// </summary>
    /// <exception cref="ConfigException">A bound is not a date or time, or the range is empty.</exception>
    public static CandleRange Parse(string? from, string? to)
    {
        long fromMs = from is null ? long.MinValue : Time(from, "--from", endOfDay: false);
        long toMs = to is null ? long.MaxValue : Time(to, "--to", endOfDay: true);
        if (toMs <= fromMs) throw new ConfigException($"--from {from} is not before --to {to}; give a range such as --from 2024-01-01 --to 2024-12-31.");
        return new CandleRange(fromMs, toMs);
    }

    private static long Time(string text, string option, bool endOfDay)
    {
        long ms = TimeText.ParseInstantMs(text, option);
        return endOfDay && TimeText.IsDate(text) ? ms + 86_400_000 : ms;
    }

    /// <summary>The range in words for messages, e.g. <c>from 2024-01-01T00:00:00Z to 2025-01-01T00:00:00Z</c>.</summary>
    public override string ToString() =>
        $"from {(FromMs == long.MinValue ? "the first candle" : TimeText.Iso(FromMs))} to {(ToMs == long.MaxValue ? "the last" : TimeText.Iso(ToMs))}";
}
