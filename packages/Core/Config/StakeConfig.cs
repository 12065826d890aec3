namespace Trader.Core.Config;

/// <summary>How much to put into one entry. Exactly one of the sizing modes is set.</summary>
/// <param name="Fraction">Fraction of current equity per entry, 0.10 = 10 %.</param>
/// <param name="Quote">Fixed amount of the quote currency per entry, e.g. 100 USDT.</param>
/// <param name="RiskPerTrade">Fraction of equity lost if the stop loss is hit, 0.01 = 1 %; needs a stop loss.</param>
/// <param name="Kelly">Multiplier on the Kelly fraction from the running win rate, 0.5 = half Kelly.</param>
public sealed record StakeConfig(
    decimal? Fraction = null,
    decimal? Quote = null,
    decimal? RiskPerTrade = null,
    decimal? Kelly = null);
