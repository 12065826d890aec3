using System.Collections.Frozen;

namespace Trader.Domain;

/// <summary>
/// A candle period such as <c>1m</c>, <c>4h</c> or <c>1w</c>. All arithmetic is in Unix milliseconds UTC.
/// </summary>
/// <remarks>
/// Alignment follows Binance (see <c>docs/timeframes.md</c>): minute, hour and day periods are aligned to the
/// Unix epoch, so an open time is a multiple of the duration (<c>3d</c> candles open on days whose index since
/// 1970-01-01 is divisible by 3, e.g. 1970-01-04, 2024-01-03); weeks open on Monday 00:00 UTC (1970-01-05 is the
/// first); <c>1M</c> opens on the first day of each calendar month, 00:00 UTC. Negative times (before 1970) follow
/// the same grids.
/// </remarks>
public readonly record struct Timeframe
{
    private const long MinuteMs = 60_000;
    private const long DayMs = 86_400_000;

    // 1970-01-01 was a Thursday; the first Monday is 1970-01-05.
    private const long FirstMondayMs = 4 * DayMs;

    private Timeframe(int count, TimeframeUnit unit)
    {
        Count = count;
        Unit = unit;
    }

    /// <summary>How many <see cref="Unit"/>s one candle spans.</summary>
    public int Count { get; }

    /// <summary>The unit counted by <see cref="Count"/>.</summary>
    public TimeframeUnit Unit { get; }

    public static Timeframe M1 { get; } = new(1, TimeframeUnit.Minute);
    public static Timeframe M3 { get; } = new(3, TimeframeUnit.Minute);
    public static Timeframe M5 { get; } = new(5, TimeframeUnit.Minute);
    public static Timeframe M15 { get; } = new(15, TimeframeUnit.Minute);
    public static Timeframe M30 { get; } = new(30, TimeframeUnit.Minute);
    public static Timeframe H1 { get; } = new(1, TimeframeUnit.Hour);
    public static Timeframe H2 { get; } = new(2, TimeframeUnit.Hour);
    public static Timeframe H4 { get; } = new(4, TimeframeUnit.Hour);
    public static Timeframe H6 { get; } = new(6, TimeframeUnit.Hour);
    public static Timeframe H8 { get; } = new(8, TimeframeUnit.Hour);
    public static Timeframe H12 { get; } = new(12, TimeframeUnit.Hour);
    public static Timeframe D1 { get; } = new(1, TimeframeUnit.Day);
    public static Timeframe D3 { get; } = new(3, TimeframeUnit.Day);
    public static Timeframe W1 { get; } = new(1, TimeframeUnit.Week);
    public static Timeframe Month1 { get; } = new(1, TimeframeUnit.Month);

    /// <summary>Every supported timeframe, shortest first.</summary>
    public static IReadOnlyList<Timeframe> All { get; } =
        [M1, M3, M5, M15, M30, H1, H2, H4, H6, H8, H12, D1, D3, W1, Month1];

    private static readonly FrozenDictionary<string, Timeframe> ByName =
        All.ToFrozenDictionary(tf => tf.ToString(), StringComparer.Ordinal);

    /// <summary>The accepted spellings, comma separated, for error messages and help text.</summary>
    public static string AcceptedValues { get; } = string.Join(", ", All);

    /// <summary>Parses a timeframe such as <c>15m</c>. Case matters: <c>1m</c> is a minute, <c>1M</c> a month.</summary>
    /// <exception cref="FormatException">The text is not one of <see cref="AcceptedValues"/>.</exception>
    public static Timeframe Parse(string text) =>
        TryParse(text, out var timeframe)
            ? timeframe
            : throw new FormatException($"Unknown timeframe '{text}'. Accepted: {AcceptedValues}.");

    /// <summary>Parses a timeframe, returning false instead of throwing.</summary>
    public static bool TryParse(string? text, out Timeframe timeframe) =>
        ByName.TryGetValue(text ?? string.Empty, out timeframe);

    /// <summary>True for calendar months, whose length varies.</summary>
    public bool IsCalendar => Unit == TimeframeUnit.Month;

    /// <summary>Length of one candle in milliseconds.</summary>
    /// <exception cref="InvalidOperationException">For <c>1M</c>, which has no fixed length (use <see cref="NextOpenMs"/>), and for <c>default(Timeframe)</c>.</exception>
    public long DurationMs => Unit switch
    {
        _ when Count == 0 => throw new InvalidOperationException("default(Timeframe) is not a timeframe; use Timeframe.Parse or a named one such as Timeframe.H1."),
        TimeframeUnit.Minute => Count * MinuteMs,
        TimeframeUnit.Hour => Count * 60 * MinuteMs,
        TimeframeUnit.Day => Count * DayMs,
        TimeframeUnit.Week => Count * 7 * DayMs,
        _ => throw new InvalidOperationException($"{this} has no fixed duration; use NextOpenMs."),
    };

    /// <summary>Length of one candle.</summary>
    public TimeSpan Duration => TimeSpan.FromMilliseconds(DurationMs);

    /// <summary>Open time of the candle that contains <paramref name="timeMs"/>.</summary>
    public long FloorMs(long timeMs)
    {
        if (IsCalendar)
        {
            var t = DateTimeOffset.FromUnixTimeMilliseconds(timeMs);
            return new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        }

        long anchor = Unit == TimeframeUnit.Week ? FirstMondayMs : 0;
        long size = DurationMs;
        return anchor + Math.DivRem(timeMs - anchor, size, out long rem) * size - (rem < 0 ? size : 0);
    }

    /// <summary>Open time of the candle that contains <paramref name="time"/>.</summary>
    public DateTimeOffset Floor(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeMilliseconds(FloorMs(time.ToUnixTimeMilliseconds()));

    /// <summary>True when <paramref name="timeMs"/> is a candle open time of this timeframe.</summary>
    public bool IsAligned(long timeMs) => FloorMs(timeMs) == timeMs;

    /// <summary>Open time of the candle after the one that opens at <paramref name="openTimeMs"/>; also that candle's close.</summary>
    public long NextOpenMs(long openTimeMs) => IsCalendar
        ? DateTimeOffset.FromUnixTimeMilliseconds(openTimeMs).AddMonths(Count).ToUnixTimeMilliseconds()
        : openTimeMs + DurationMs;

    /// <summary>Close time (exclusive end) of the candle that opens at <paramref name="openTimeMs"/>.</summary>
    public long CloseTimeMs(long openTimeMs) => NextOpenMs(openTimeMs);

    /// <summary>The first candle open time at or after <paramref name="timeMs"/>.</summary>
    public long CeilingMs(long timeMs)
    {
        long floor = FloorMs(timeMs);
        return floor == timeMs ? floor : NextOpenMs(floor);
    }

    /// <summary>
    /// The open times of every candle that opens in <c>[fromMs, toMs)</c>, ascending. The first is
    /// <see cref="CeilingMs"/> of <paramref name="fromMs"/>; empty when <paramref name="toMs"/> is not after it.
    /// </summary>
    /// <param name="fromMs">Inclusive start, Unix ms UTC; need not be aligned.</param>
    /// <param name="toMs">Exclusive end, Unix ms UTC; need not be aligned.</param>
    public IEnumerable<long> OpenTimes(long fromMs, long toMs)
    {
        for (long t = CeilingMs(fromMs); t < toMs; t = NextOpenMs(t)) yield return t;
    }

    /// <summary>Number of candles that open in <c>[fromMs, toMs)</c>, as <see cref="OpenTimes"/> would list them.</summary>
    public long CountOpenTimes(long fromMs, long toMs)
    {
        long first = CeilingMs(fromMs);
        if (toMs <= first) return 0;
        if (!IsCalendar) return (toMs - 1 - first) / DurationMs + 1;
        long count = 0;
        for (long t = first; t < toMs; t = NextOpenMs(t)) count++;
        return count;
    }

    /// <summary>
    /// The runs of candles missing from a series, within <c>[fromMs, toMs)</c>.
    /// </summary>
    /// <param name="sortedOpenTimes">Open times present, Unix ms UTC, strictly ascending and aligned to this timeframe.
    /// Entries outside <c>[fromMs, toMs)</c> are ignored.</param>
    /// <param name="fromMs">Inclusive start of the expected range, Unix ms UTC.</param>
    /// <param name="toMs">Exclusive end of the expected range, Unix ms UTC: usually the open of the candle still forming.</param>
    /// <returns>Each maximal run of missing open times, ascending; empty when nothing is missing.</returns>
    /// <exception cref="ArgumentException">An open time is not aligned, or the list is not strictly ascending.</exception>
    public IReadOnlyList<OpenTimeRange> FindGaps(IReadOnlyList<long> sortedOpenTimes, long fromMs, long toMs)
    {
        ArgumentNullException.ThrowIfNull(sortedOpenTimes);
        var walk = new GapWalk(this, fromMs, toMs);
        for (int i = 0; i < sortedOpenTimes.Count; i++) walk.Offer(sortedOpenTimes[i]);
        return walk.Finish();
    }

    /// <summary>Formats as the canonical spelling, e.g. <c>4h</c>.</summary>
    public override string ToString() => Unit switch
    {
        TimeframeUnit.Minute => $"{Count}m",
        TimeframeUnit.Hour => $"{Count}h",
        TimeframeUnit.Day => $"{Count}d",
        TimeframeUnit.Week => $"{Count}w",
        _ => $"{Count}M",
    };
}
