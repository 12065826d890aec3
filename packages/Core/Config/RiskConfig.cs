namespace Trader.Core.Config;

/// <summary>Risk rules of one instance. Fractions are of price or equity: 0.03 = 3 %. Null means the rule is off.</summary>
/// <param name="Stake">Position sizing.</param>
/// <param name="StopLoss">Exit when price falls this fraction below entry.</param>
/// <param name="TakeProfit">Exit when price rises this fraction above entry.</param>
/// <param name="TrailingStop">Exit when price falls this fraction below the highest price since entry.</param>
/// <param name="MaxOpenPositions">At most this many positions open at once.</param>
/// <param name="MaxExposure">At most this fraction of equity in open positions.</param>
/// <param name="MaxDailyLoss">Stop new entries until the next UTC day after losing this fraction of the day's starting equity.</param>
/// <param name="MaxDrawdown">Stop new entries until reset after equity falls this fraction below its peak.</param>
/// <param name="CooldownCandles">Candles to wait after a stop-out before a new entry.</param>
public sealed record RiskConfig(
    StakeConfig Stake,
    decimal? StopLoss = null,
    decimal? TakeProfit = null,
    decimal? TrailingStop = null,
    int MaxOpenPositions = 1,
    decimal? MaxExposure = null,
    decimal? MaxDailyLoss = null,
    decimal? MaxDrawdown = null,
    int CooldownCandles = 0);
