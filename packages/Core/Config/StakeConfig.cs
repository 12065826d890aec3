namespace Trader.Core.Config;

/// <summary>How much to put into one entry: one of fraction, quote or risk per trade, and/or Kelly.</summary>
/// <param name="Fraction">Fraction of current equity per entry, 0.10 = 10 %.</param>
/// <param name="Quote">Fixed amount of the quote currency per entry, e.g. 100 USDT.</param>
/// <param name="RiskPerTrade">Fraction of equity lost if the stop loss is hit, 0.01 = 1 %; needs a stop loss.</param>
/// <param name="Kelly">Multiplier on the Kelly fraction from the running win rate, 0.5 = half Kelly; may be combined with one other mode, which sizes entries until <paramref name="KellyMinTrades"/> trades have closed (1 % of equity when none is set).</param>
/// <param name="KellyMinTrades">Closed trades needed before Kelly sizing replaces its fallback; default 20.</param>
public sealed record StakeConfig(
    decimal? Fraction = null,
    decimal? Quote = null,
    decimal? RiskPerTrade = null,
    decimal? Kelly = null,
    int KellyMinTrades = 20);
