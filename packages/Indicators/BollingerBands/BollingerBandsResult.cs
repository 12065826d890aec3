namespace Trader.Indicators;

/// <summary>One row of Bollinger Bands; null during the first N - 1 values or where undefined.</summary>
/// <param name="Sma">Centerline: simple mean of the last N closes, price units.</param>
/// <param name="UpperBand">Sma + k * population standard deviation.</param>
/// <param name="LowerBand">Sma - k * population standard deviation.</param>
/// <param name="PercentB">(close - lower) / (upper - lower), a fraction (1 = at the upper band); null when the bands coincide.</param>
/// <param name="ZScore">(close - sma) / standard deviation; null when the deviation is 0.</param>
/// <param name="Width">(upper - lower) / sma, a fraction; null when sma is 0.</param>
public readonly record struct BollingerBandsResult(double? Sma, double? UpperBand, double? LowerBand, double? PercentB, double? ZScore, double? Width);
