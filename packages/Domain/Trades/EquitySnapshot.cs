namespace Trader.Domain;

/// <summary>An instance's account value at one moment, in quote currency.</summary>
/// <param name="InstanceName">Strategy instance.</param>
/// <param name="TimeMs">Snapshot time, Unix ms UTC; one snapshot per instance and time.</param>
/// <param name="Equity">Cash plus marked-to-market positions.</param>
/// <param name="Cash">Free quote balance.</param>
/// <param name="PositionValue">Open positions marked at the last price.</param>
public sealed record EquitySnapshot(string InstanceName, long TimeMs, decimal Equity, decimal Cash, decimal PositionValue);
