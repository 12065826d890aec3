using Trader.Domain;
using Trader.Hosting.Config;

namespace Trader.Backfiller;

/// <summary>What to backfill, from the command line, <c>backfill.yaml</c> or the strategy instances.</summary>
/// <param name="Series">Every series with its own start and end.</param>
/// <param name="Every">Top-up interval for scheduled runs, or null for one run.</param>
public sealed record BackfillPlan(IReadOnlyList<SeriesRequest> Series, TimeSpan? Every)
{
    /// <summary>The plan <c>backfill.yaml</c> describes (read by <see cref="BackfillConfigLoader"/>).</summary>
    public static BackfillPlan From(BackfillConfig config) =>
        new(Cross(config.Exchange, config.Symbols, config.Timeframes, config.SinceMs, config.UntilMs), config.Every);

    /// <summary>The cross product of <paramref name="symbols"/> and <paramref name="timeframes"/> on one exchange.</summary>
    public static IReadOnlyList<SeriesRequest> Cross(string exchange, IEnumerable<string> symbols, IEnumerable<Timeframe> timeframes, long sinceMs, long? untilMs) =>
        [.. from s in symbols from t in timeframes select new SeriesRequest(new SeriesKey(exchange, s, t), sinceMs, untilMs)];
}
