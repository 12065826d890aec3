using Trader.Domain;
using Trader.Risk.Sizing;

namespace Trader.Risk;

/// <summary>Risk rules of one instance. Fractions are of price or equity: 0.03 = 3 %. Null means the rule is off.</summary>
/// <param name="Stake">Position sizing (required).</param>
/// <param name="StopLoss">Exit when price falls this fraction below entry; above 0, below 1.</param>
/// <param name="TakeProfit">Exit when price rises this fraction above entry; above 0, at most 10.</param>
/// <param name="TrailingStop">Exit when price falls this fraction below the highest price since entry; above 0, below 1.</param>
/// <param name="MaxOpenPositions">At most this many positions open at once; at least 1.</param>
/// <param name="MaxExposure">At most this fraction of equity in open positions; above 0, at most 1.</param>
/// <param name="MaxDailyLoss">Stop new entries until the next UTC day after losing this fraction of the day's starting equity; above 0, below 1.</param>
/// <param name="MaxDrawdown">Stop new entries until reset after equity falls this fraction below its peak; above 0, below 1.</param>
/// <param name="CooldownCandles">Candles to wait after a stop-out before a new entry; at least 0.</param>
public sealed record RiskConfig(
    StakeConfig Stake,
    decimal? StopLoss = null,
    decimal? TakeProfit = null,
    decimal? TrailingStop = null,
    int MaxOpenPositions = 1,
    decimal? MaxExposure = null,
    decimal? MaxDailyLoss = null,
    decimal? MaxDrawdown = null,
    int CooldownCandles = 0) : IValidatedConfig
{
    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations()
    {
        var rules = new ConfigChecks()
            .Nested(nameof(Stake), Stake)
            .Fraction(nameof(StopLoss), StopLoss, oneAllowed: false, "0.03 (3 % below entry)")
            .Between(nameof(TakeProfit), (double?)TakeProfit, 0, false, 10, true, "0.06 (6 % above entry)")
            .Fraction(nameof(TrailingStop), TrailingStop, oneAllowed: false, "0.02 (2 % below the high)")
            .AtLeast(nameof(MaxOpenPositions), MaxOpenPositions, 1)
            .Fraction(nameof(MaxExposure), MaxExposure, oneAllowed: true, "0.5 (half of equity)")
            .Fraction(nameof(MaxDailyLoss), MaxDailyLoss, oneAllowed: false, "0.05 (5 % of the day's equity)")
            .Fraction(nameof(MaxDrawdown), MaxDrawdown, oneAllowed: false, "0.2 (20 % below the peak)")
            .AtLeast(nameof(CooldownCandles), CooldownCandles, 0);
        if (Stake.RiskPerTrade is not null && StopLoss is null)
            rules.Add($"{nameof(Stake)}.{nameof(StakeConfig.RiskPerTrade)}", "needs 'risk.stop_loss' to size the position; add e.g. stop_loss: 0.03");
        return rules.ToList();
    }
}
