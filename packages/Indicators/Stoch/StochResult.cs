namespace Trader.Indicators;

/// <summary>One Stochastic row, 0..100 scale (%J may leave it); null while undefined.</summary>
/// <param name="Oscillator">%K: SMA(smooth) of raw %K = 100 * (close - lowest low) / (highest high - lowest low).</param>
/// <param name="Signal">%D: SMA(signal) of %K.</param>
/// <param name="PercentJ">%J = kFactor * %K - dFactor * %D.</param>
public readonly record struct StochResult(double? Oscillator, double? Signal, double? PercentJ)
{
    /// <summary>Alias of <see cref="Oscillator"/> (%K).</summary>
    public double? K => Oscillator;

    /// <summary>Alias of <see cref="Signal"/> (%D).</summary>
    public double? D => Signal;

    /// <summary>Alias of <see cref="PercentJ"/> (%J).</summary>
    public double? J => PercentJ;
}
