namespace Trader.Execution.Journal;

/// <summary>Account value at a candle close, in quote currency.</summary>
/// <param name="TimeMs">UTC Unix ms of the close.</param>
/// <param name="Equity">Cash plus the position marked at the close.</param>
/// <param name="Cash">Free quote balance.</param>
/// <param name="PositionValue">Position amount × close.</param>
public readonly record struct EquityPoint(long TimeMs, decimal Equity, decimal Cash, decimal PositionValue);
