namespace Trader.Indicators;

/// <summary>One row of Donchian Channels; null during the first N candles or where undefined.</summary>
/// <param name="UpperBand">Highest high of the N candles before this one, price units.</param>
/// <param name="Centerline">(upper + lower) / 2.</param>
/// <param name="LowerBand">Lowest low of the N candles before this one.</param>
/// <param name="Width">(upper - lower) / centerline, a fraction; null when the centerline is 0.</param>
public readonly record struct DonchianResult(double? UpperBand, double? Centerline, double? LowerBand, double? Width);
