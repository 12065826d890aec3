namespace Trader.Indicators;

/// <summary>One row of Keltner Channels, price units; null where undefined.</summary>
/// <param name="UpperBand">Centerline + k * ATR.</param>
/// <param name="Centerline">EMA of close.</param>
/// <param name="LowerBand">Centerline - k * ATR.</param>
/// <param name="Width">(upper - lower) / centerline, a fraction; null when the centerline is 0.</param>
public readonly record struct KeltnerResult(double? UpperBand, double? Centerline, double? LowerBand, double? Width);
