using Trader.Domain;

namespace Trader.Strategies.BollingerReversion;

/// <summary>Parameters of the <c>bollinger_reversion</c> strategy: enter when a candle closes below the lower band, exit at the middle band.</summary>
/// <param name="Period">Band look-back in candles; at least 2.</param>
/// <param name="StdDev">Band width in standard deviations; above 0, at most 10.</param>
public sealed record BollingerReversionParams(int Period = 20, double StdDev = 2) : IValidatedConfig
{
    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations() =>
        new ConfigChecks().AtLeast(nameof(Period), Period, 2).Between(nameof(StdDev), StdDev, 0, false, 10, true, "2").ToList();

    /// <summary>Closed candles a fresh strategy needs before its decisions are defined: the bands have values from candle <see cref="Period"/>.</summary>
    public int WarmupCandles() => Period;
}
