namespace Trader.Indicators;

/// <summary>One row of SuperTrend; null during the first N candles. Exactly one of the bands is set per row.</summary>
/// <param name="SuperTrend">The active trailing line: the lower band in an up-trend, the upper band in a down-trend.</param>
/// <param name="UpperBand">hl2 + k * ATR, ratcheting down; set only while bearish.</param>
/// <param name="LowerBand">hl2 - k * ATR, ratcheting up; set only while bullish.</param>
public readonly record struct SuperTrendResult(double? SuperTrend, double? UpperBand, double? LowerBand);
