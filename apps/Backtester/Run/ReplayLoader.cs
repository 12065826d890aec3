using Serilog;
using Trader.Strategies;
using Trader.Domain;

namespace Trader.Backtester.Run;

/// <summary>
/// Reads the range to replay and the startup candles before it from one source (the database or a CSV), with one
/// completeness policy for both: missing candles inside either stop the run unless <c>--allow-gaps</c>. Startup
/// candles missing before the first stored one (history that starts too late) only warn: the run warms up on what
/// there is. Without <c>--from</c> the first startup candles of the source itself are the warm-up.
/// </summary>
internal static class ReplayLoader
{
    /// <summary>The range's candles, checked, and up to <paramref name="warmup"/> startup candles right before it.</summary>
    /// <param name="source">Database or CSV.</param>
    /// <param name="timeframe">The series' timeframe.</param>
    /// <param name="range">The <c>--from</c>/<c>--to</c> range (open bounds allowed).</param>
    /// <param name="warmup">Startup candles wanted before the range (0 = none).</param>
    /// <param name="allowGaps">Run over missing candles instead of refusing (<c>--allow-gaps</c>).</param>
    /// <param name="log">Receives the warm-up line, and the warning when history is short.</param>
    /// <param name="ct">Stops the reads.</param>
    /// <exception cref="Domain.ConfigException">No candles in the range, or gaps in the range or the warm-up (unless <paramref name="allowGaps"/>).</exception>
    public static async Task<ReplayCandles> LoadAsync(CandleSource source, Timeframe timeframe, CandleRange range, int warmup, bool allowGaps, ILogger log, CancellationToken ct)
    {
        // No --from: the source's own first candles warm the strategy up and trading starts after them, as in
        // freqtrade and LEAN; nothing before the source's first candle is missing, so nothing to warn about.
        if (warmup > 0 && range.FromMs == long.MinValue && await LeadingWarmupAsync(source, timeframe, range, warmup, ct) is { } leading)
        {
            var tradedRange = range with { FromMs = timeframe.NextOpenMs(leading[^1].OpenTimeMs) };
            var traded = await source.Read(tradedRange, ct);
            if (traded.Length > 0)
            {
                await CheckAsync(source, timeframe, tradedRange, traded, range.FromMs, allowGaps, log, ct);
                LogLeadingWarmup(log, warmup, source, traded[0].OpenTimeMs);
                return new ReplayCandles(leading, traded);
            }
        }
        var candles = await source.Read(range, ct);
        await CheckAsync(source, timeframe, range, candles, range.FromMs, allowGaps, log, ct);
        if (warmup == 0) return new ReplayCandles([], candles);
        if (range.FromMs == long.MinValue && candles.Length > warmup)
        {
            // The source's first candles have gaps (allowed): split the candles read, by count as above.
            LogLeadingWarmup(log, warmup, source, candles[warmup].OpenTimeMs);
            return new ReplayCandles(candles[..warmup], candles[warmup..]);
        }

        // The range's own first open when --from is given (even if its first candles are missing and allowed), else its first candle.
        long firstTradedMs = range.FromMs == long.MinValue ? candles[0].OpenTimeMs : timeframe.CeilingMs(range.FromMs);
        return new ReplayCandles(await StartupAsync(source, timeframe, firstTradedMs, warmup, allowGaps, log, ct), candles);
    }

    /// <summary>
    /// For a single run that streams its range (<see cref="CandleSource.Stream"/>): the warm-up candles, read and checked
    /// as <see cref="LoadAsync"/> reads them, and the range to stream after them. Null when the source's first candles
    /// have gaps or nothing follows them: <see cref="LoadAsync"/> then reads everything and splits it by count.
    /// </summary>
    public static async Task<(Candle[] Warmup, CandleRange Traded)?> PlanStreamAsync(CandleSource source, StreamedSource stream, Timeframe timeframe, CandleRange range,
        int warmup, bool allowGaps, ILogger log, CancellationToken ct)
    {
        if (warmup == 0) return ([], range);
        if (range.FromMs != long.MinValue)
        {
            long firstTradedMs = timeframe.CeilingMs(range.FromMs);
            return (await StartupAsync(source, timeframe, firstTradedMs, warmup, allowGaps, log, ct), range);
        }
        if (await LeadingWarmupAsync(source, timeframe, range, warmup, ct) is not { } leading) return null;
        var traded = range with { FromMs = timeframe.NextOpenMs(leading[^1].OpenTimeMs) };
        if (await stream.LastOpenMs(ct) is not { } lastMs || lastMs < traded.FromMs || traded.FromMs >= traded.ToMs) return null;
        LogLeadingWarmup(log, warmup, source, traded.FromMs);
        return (leading, traded);
    }

    // Up to `warmup` startup candles right before firstTradedMs, checked; warns when history starts too late for all of them.
    private static async Task<Candle[]> StartupAsync(CandleSource source, Timeframe timeframe, long firstTradedMs, int warmup, bool allowGaps, ILogger log, CancellationToken ct)
    {
        var window = new CandleRange(StartupCandles.WindowStartMs(timeframe, firstTradedMs, warmup), firstTradedMs);
        var startup = await source.Read(window, ct);
        if (startup.Length > 0)
        {
            var startupWindow = window with { FromMs = startup[0].OpenTimeMs };
            CandleCheck.RequireComplete(startup, timeframe, startupWindow, await source.Holes(startupWindow, ct), $"{source.Name} (warm-up before {TimeText.Iso(firstTradedMs)})",
                $"{source.Fix(window.FromMs)} Or choose the number of startup candles with --warmup N (0 = none).", allowGaps);
        }
        if (startup.Length < warmup)
        {
            log.Warning(
                "Warm-up: {Missing} of {Wanted} startup candles before {From} are missing in {Source}, so the strategy warms up on {Found}; " +
                "its first decisions may differ from a run with the full history. {Fix} Or set the count with --warmup N (0 = none)",
                warmup - startup.Length, warmup, TimeText.Iso(firstTradedMs), source.Name, startup.Length, source.Fix(window.FromMs));
        }
        log.Information("Warm-up: the strategy sees {Found} candles before {From} without trading", startup.Length, TimeText.Iso(firstTradedMs));
        return startup;
    }

    // Refuses missing candles in the range (unless allowed); fixFromMs is where the fix in the message starts.
    private static async Task CheckAsync(CandleSource source, Timeframe timeframe, CandleRange range, Candle[] candles, long fixFromMs, bool allowGaps, ILogger log, CancellationToken ct)
    {
        long holes = CandleCheck.RequireComplete(candles, timeframe, range, await source.Holes(range, ct), source.Name, source.Fix(fixFromMs), allowGaps);
        LogHoles(source, holes, log);
    }

    /// <summary>Says how many holes (open times confirmed empty) the run steps over, when there are any.</summary>
    public static void LogHoles(CandleSource source, long holes, ILogger log)
    {
        if (holes > 0)
            log.Information("{Source} has {Holes} holes in the range: open times the exchange confirmed it has no candle for (no trades); the run steps over them",
                source.Name, holes);
    }

    /// <summary>
    /// The source's first <paramref name="warmup"/> candles when they are consecutive and the range goes on after them:
    /// then the traded candles are read on their own rather than copied off one read of everything (a second array as
    /// large as the run). Null otherwise: the caller reads everything and splits it by count.
    /// </summary>
    private static async Task<Candle[]?> LeadingWarmupAsync(CandleSource source, Timeframe timeframe, CandleRange range, int warmup, CancellationToken ct)
    {
        if (await source.First(ct) is not { } first) return null;
        long endMs = first.OpenTimeMs;
        for (int i = 0; i < warmup; i++) endMs = timeframe.NextOpenMs(endMs);
        if (endMs >= range.ToMs) return null;
        var leading = await source.Read(new CandleRange(first.OpenTimeMs, endMs), ct);
        return leading.Length == warmup ? leading : null;
    }

    private static void LogLeadingWarmup(ILogger log, int warmup, CandleSource source, long firstTradedMs) =>
        log.Information("Warm-up: the strategy sees the first {Found} candles of {Source} without trading; trading starts at {From}",
            warmup, source.Name, TimeText.Iso(firstTradedMs));
}
