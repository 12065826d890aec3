using Trader.Domain;

namespace Trader.Backtester.Run;

/// <summary>Refuses to backtest over missing or incomplete history, naming the command that fills it.</summary>
internal static class CandleCheck
{
    /// <summary>Keeps the candles whose open time is in <paramref name="range"/>, in order.</summary>
    public static Candle[] InRange(IReadOnlyList<Candle> candles, CandleRange range) =>
        candles.Where(c => c.OpenTimeMs >= range.FromMs && c.OpenTimeMs < range.ToMs).ToArray();

    /// <summary>
    /// Throws when there are no candles, or when candles are missing inside the range (an open bound is taken
    /// from the data). <paramref name="fix"/> says how to get the data, e.g. the backfiller command. Open times in
    /// <paramref name="holes"/> (confirmed empty by the exchange) are not missing.
    /// </summary>
    /// <returns>How many open times of the range are holes: the run steps over them.</returns>
    /// <exception cref="ConfigException">No candles, candles out of order or off the timeframe, or gaps (unless allowed).</exception>
    public static long RequireComplete(IReadOnlyList<Candle> candles, Timeframe timeframe, CandleRange range, IReadOnlyList<OpenTimeRange> holes,
        string source, string fix, bool allowGaps)
    {
        if (candles.Count == 0) throw NoCandles(timeframe, range, source, fix);
        long from = range.FromMs == long.MinValue ? candles[0].OpenTimeMs : range.FromMs;
        long to = range.ToMs == long.MaxValue ? timeframe.NextOpenMs(candles[^1].OpenTimeMs) : range.ToMs;
        IReadOnlyList<OpenTimeRange> gaps;
        try
        {
            gaps = timeframe.FindGaps(new OpenTimes(candles), from, to);
        }
        catch (ArgumentException e)
        {
            throw NotOnTimeframe(timeframe, source, e);
        }
        return Judge(gaps, holes, timeframe, from, to, source, fix, allowGaps);
    }

    /// <summary>The error for a range without a single candle.</summary>
    public static ConfigException NoCandles(Timeframe timeframe, CandleRange range, string source, string fix) =>
        new($"No {timeframe} candles in {source} {range}. {fix}");

    /// <summary>The error for candles out of order or off the timeframe's open times (<see cref="GapWalk.Offer"/>'s complaint).</summary>
    public static ConfigException NotOnTimeframe(Timeframe timeframe, string source, ArgumentException complaint) =>
        new($"{source}: candles do not fit the {timeframe} timeframe: {complaint.Message}");

    /// <summary>
    /// The verdict on the <paramref name="gaps"/> found between <paramref name="from"/> and <paramref name="to"/>: throws
    /// when any is not a hole (unless allowed), else returns how many open times are holes.
    /// </summary>
    public static long Judge(IReadOnlyList<OpenTimeRange> gaps, IReadOnlyList<OpenTimeRange> holes, Timeframe timeframe, long from, long to,
        string source, string fix, bool allowGaps)
    {
        var missingRuns = gaps.Without(holes);
        long holeCount = gaps.Sum(g => g.Count(timeframe)) - missingRuns.Sum(g => g.Count(timeframe));
        gaps = missingRuns;
        if (gaps.Count == 0 || allowGaps) return holeCount;
        long missing = gaps.Sum(g => g.Count(timeframe));
        var first = gaps.Take(3).Select(g => $"{TimeText.Iso(g.FirstOpenMs)}..{TimeText.Iso(g.EndMs)}");
        throw new ConfigException(
            $"{source} is missing {missing} {timeframe} candle{(missing == 1 ? "" : "s")} between {TimeText.Iso(from)} and {TimeText.Iso(to)}, in {gaps.Count} gap{(gaps.Count == 1 ? "" : "s")} " +
            $"(first: {string.Join(", ", first)}). {fix} Or pass --allow-gaps to run over the gaps anyway.");
    }
}
