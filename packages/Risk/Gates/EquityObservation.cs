namespace Trader.Risk.Gates;

/// <summary>Account equity at a point in candle time.</summary>
/// <param name="TimeMs">UTC Unix ms, a candle close; never the wall clock.</param>
/// <param name="Equity">Cash plus open positions marked at the close, in quote currency.</param>
public readonly record struct EquityObservation(long TimeMs, decimal Equity);
