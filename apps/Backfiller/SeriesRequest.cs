using Trader.Core.Domain;

namespace Trader.Backfiller;

/// <summary>One series to bring up to date.</summary>
/// <param name="Key">Exchange, symbol, timeframe.</param>
/// <param name="SinceMs">First open time wanted, Unix ms UTC (inclusive; floored to the timeframe).</param>
/// <param name="UntilMs">End, Unix ms UTC (exclusive), or null for "up to the last closed candle".</param>
public sealed record SeriesRequest(SeriesKey Key, long SinceMs, long? UntilMs);
