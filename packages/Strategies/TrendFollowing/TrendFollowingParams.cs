using Trader.Domain;

namespace Trader.Strategies.TrendFollowing;

/// <summary>
/// Parameters of the <c>trend_following</c> strategy: enter when the close is above its EMA, the Supertrend
/// (ATR bands) points up and ADX shows a trend (above <see cref="AdxThreshold"/>); exit while the Supertrend points down (from the candle it turns).
/// </summary>
/// <param name="EmaPeriod">Trend filter EMA period in candles; at least 2.</param>
/// <param name="AtrPeriod">ATR period of the Supertrend in candles; at least 1.</param>
/// <param name="AtrMultiplier">Supertrend band distance in ATRs; above 0, at most 20.</param>
/// <param name="AdxPeriod">ADX period in candles; at least 2.</param>
/// <param name="AdxThreshold">Minimum ADX (0-100) that counts as trending; 0 disables the filter.</param>
public sealed record TrendFollowingParams(
    int EmaPeriod = 50,
    int AtrPeriod = 10,
    double AtrMultiplier = 3,
    int AdxPeriod = 14,
    double AdxThreshold = 20) : IValidatedConfig
{
    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations() =>
        new ConfigChecks()
            .AtLeast(nameof(EmaPeriod), EmaPeriod, 2)
            .AtLeast(nameof(AtrPeriod), AtrPeriod, 1)
            .Between(nameof(AtrMultiplier), AtrMultiplier, 0, false, 20, true, "3")
            .AtLeast(nameof(AdxPeriod), AdxPeriod, 2)
            .Between(nameof(AdxThreshold), AdxThreshold, 0, true, 100, false, "20")
            .ToList();

    /// <summary>
    /// Closed candles a fresh strategy needs before every value it reads is defined: the EMA from candle
    /// <see cref="EmaPeriod"/>, the Supertrend from <see cref="AtrPeriod"/> + 1 and, unless the filter is off
    /// (<see cref="AdxThreshold"/> 0), ADX from 2 x <see cref="AdxPeriod"/>; the largest of these.
    /// </summary>
    public int WarmupCandles() => Math.Max(Math.Max(EmaPeriod, AtrPeriod + 1), AdxThreshold > 0 ? 2 * AdxPeriod : 0);
}
