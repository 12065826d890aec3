namespace Trader.Indicators;

/// <summary>One row of the rolling standard deviation; null during the first N - 1 values or where undefined.</summary>
/// <param name="StdDev">Population standard deviation (divide by N) of the last N closes, price units.</param>
/// <param name="Mean">Mean of the last N closes.</param>
/// <param name="ZScore">(close - mean) / stdDev; null when stdDev is 0.</param>
public readonly record struct StdDevResult(double? StdDev, double? Mean, double? ZScore);
