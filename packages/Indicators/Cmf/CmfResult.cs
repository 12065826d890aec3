namespace Trader.Indicators;

/// <summary>One row of Chaikin Money Flow; null where undefined.</summary>
/// <param name="MoneyFlowMultiplier">((close - low) - (high - close)) / (high - low), -1..1; 0 when high equals low.</param>
/// <param name="MoneyFlowVolume">Multiplier * volume, base-asset units.</param>
/// <param name="Cmf">Sum of money-flow volume / sum of volume over N candles, -1..1; null before index N - 1 or when the volume sum is 0.</param>
public readonly record struct CmfResult(double? MoneyFlowMultiplier, double? MoneyFlowVolume, double? Cmf);
