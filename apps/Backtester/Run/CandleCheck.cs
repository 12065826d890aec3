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
        if (candles.Count == 0)
        {
            throw new ConfigException($"No {timeframe} candles in {source} {range}. {fix}");
        }
        long from = range.FromMs == long.MinValue ? candles[0].OpenTimeMs : range.FromMs;
        long to = range.ToMs == long.MaxValue ? timeframe.NextOpenMs(candles[^1].OpenTimeMs) : range.ToMs;
        IReadOnlyList<OpenTimeRange> gaps;
        try
        {
            gaps = timeframe.FindGaps(new OpenTimes(candles), from, to);
        }
        catch (ArgumentException e)
        {
            throw new ConfigException($"{source}: candles do not fit the {timeframe} timeframe: {e.Message}");
        }
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
