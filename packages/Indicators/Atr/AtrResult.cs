namespace Trader.Indicators;

/// <summary>One row of Average True Range; null where undefined.</summary>
/// <param name="Tr">True range of this candle, price units; null on the first candle.</param>
/// <param name="Atr">Wilder-smoothed average true range, price units; null before index N.</param>
/// <param name="Atrp">ATR as a percent of close (atr / close * 100); null before index N or when close is 0.</param>
public readonly record struct AtrResult(double? Tr, double? Atr, double? Atrp);
