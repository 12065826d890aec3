using Trader.Domain;

namespace Trader.Risk.Sizing;

/// <summary>How much to put into one entry: one of fraction, quote or risk per trade, and/or Kelly.</summary>
/// <param name="Fraction">Fraction of current equity per entry, 0.10 = 10 %; above 0, at most 1.</param>
/// <param name="Quote">Fixed amount of the quote currency per entry, e.g. 100 USDT; above 0.</param>
/// <param name="RiskPerTrade">Fraction of equity lost if the stop loss is hit, 0.01 = 1 %; above 0, below 1; needs a stop loss.</param>
/// <param name="Kelly">Multiplier on the Kelly fraction from the running win rate, 0.5 = half Kelly; above 0, at most 1.
/// May be combined with one other mode, which sizes entries until <paramref name="KellyMinTrades"/> trades have closed
/// (1 % of equity when none is set).</param>
/// <param name="KellyMinTrades">Closed trades needed before Kelly sizing replaces its fallback; at least 1, default 20.</param>
public sealed record StakeConfig(
    decimal? Fraction = null,
    decimal? Quote = null,
    decimal? RiskPerTrade = null,
    decimal? Kelly = null,
    int KellyMinTrades = 20) : IValidatedConfig
{
    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations()
    {
        var rules = new ConfigChecks()
            .Fraction(nameof(Fraction), Fraction, oneAllowed: true, "0.10 (10 % of equity)")
            .Fraction(nameof(RiskPerTrade), RiskPerTrade, oneAllowed: false, "0.01 (1 % of equity at risk)")
            .Fraction(nameof(Kelly), Kelly, oneAllowed: true, "0.5 (half Kelly)");
        if (Quote is <= 0) rules.Add(nameof(Quote), $"must be above 0 (quote currency per entry, e.g. 100), got {Quote}");
        if (KellyMinTrades < 1) rules.Add(nameof(KellyMinTrades), $"must be at least 1 (closed trades before Kelly sizing), got {KellyMinTrades}");

        // Kelly needs a fallback until enough trades have closed, so it may stand alone or beside one other mode.
        int modes = new[] { Fraction, Quote, RiskPerTrade }.Count(v => v is not null);
        if (modes > 1 || (modes == 0 && Kelly is null))
            rules.Add(nameof(Fraction), $"set exactly one of fraction, quote, risk_per_trade (optionally with kelly), found {modes}, e.g. {{ fraction: 0.10 }}");
        return rules.ToList();
    }
}
