namespace Trader.Domain;

/// <summary>A run of consecutive missing candles in a series.</summary>
/// <param name="FromMs">Open time of the first missing candle, Unix ms UTC (inclusive).</param>
/// <param name="ToMs">Open time of the next present candle, or the end of the queried range, Unix ms UTC (exclusive).</param>
public sealed record CandleGap(long FromMs, long ToMs);
