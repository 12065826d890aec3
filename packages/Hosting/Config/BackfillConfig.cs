using Trader.Domain;

namespace Trader.Hosting.Config;

/// <summary>The backfiller's file (<c>config/backfill.yaml</c>): which series to keep in the database, from when, how often.</summary>
/// <param name="Exchange">Exchange id, one of <see cref="ExchangeIds.All"/>.</param>
/// <param name="Symbols">Market symbols (BASE/QUOTE); every one at every timeframe.</param>
/// <param name="Timeframes">Timeframes.</param>
/// <param name="SinceMs">First candle wanted, Unix ms UTC.</param>
/// <param name="UntilMs">End (exclusive), Unix ms UTC, after <paramref name="SinceMs"/>; null for the last closed candle.</param>
/// <param name="Every">Top-up interval of a scheduled run; null for one run.</param>
public sealed record BackfillConfig(
    string Exchange,
    IReadOnlyList<string> Symbols,
    IReadOnlyList<Timeframe> Timeframes,
    long SinceMs,
    long? UntilMs,
    TimeSpan? Every);
