
namespace Trader.Risk.Sizing;

/// <summary>Builds the sizer a <see cref="StakeConfig"/> describes.</summary>
public static class PositionSizer
{
    /// <summary>Fraction of equity a Kelly stake spends until enough trades have closed, when no other mode is set: 1 %.</summary>
    public const decimal DefaultKellyFallbackFraction = 0.01m;

    /// <summary>
    /// One of fraction, quote or risk per trade is the base sizer. With <see cref="StakeConfig.Kelly"/> set, Kelly
    /// wraps it and the base sizer (or 1 % of equity when none is set) is the fallback until
    /// <see cref="StakeConfig.KellyMinTrades"/> trades have closed.
    /// </summary>
    /// <exception cref="ArgumentException">No sizing mode, or more than one base mode, is set.</exception>
    public static IPositionSizer FromConfig(StakeConfig stake)
    {
        ArgumentNullException.ThrowIfNull(stake);
        int modes = (stake.Fraction is null ? 0 : 1) + (stake.Quote is null ? 0 : 1) + (stake.RiskPerTrade is null ? 0 : 1);
        if (modes > 1)
        {
            throw new ArgumentException("Set only one of stake.fraction, stake.quote and stake.risk_per_trade.", nameof(stake));
        }

        IPositionSizer? baseSizer =
            stake.Fraction is { } fraction ? new FractionOfEquitySizer(fraction)
            : stake.Quote is { } quote ? new FixedQuoteSizer(quote)
            : stake.RiskPerTrade is { } risk ? new FixedRiskSizer(risk)
            : null;

        if (stake.Kelly is { } kelly)
        {
            return new KellySizer(kelly, stake.KellyMinTrades, baseSizer ?? new FractionOfEquitySizer(DefaultKellyFallbackFraction));
        }
        return baseSizer ?? throw new ArgumentException(
            "Set one of stake.fraction (e.g. 0.10), stake.quote (e.g. 100), stake.risk_per_trade (e.g. 0.01) or stake.kelly (e.g. 0.5).", nameof(stake));
    }
}
