using Trader.Domain;
using Trader.Strategies.Rsi;

namespace Trader.Strategies.Scalping;

/// <summary>
/// Parameters of the <c>scalping</c> strategy, a short-timeframe mean reversion: enter when a candle closes below
/// the lower Bollinger band while a fast RSI is below <see cref="Oversold"/>; exit at the middle band, when RSI
/// rises above <see cref="Overbought"/>, or after <see cref="MaxHoldCandles"/> candles, whichever comes first.
/// </summary>
/// <param name="RsiPeriod">Fast RSI look-back in candles; at least 2.</param>
/// <param name="Oversold">RSI level (0-100) below which entries are allowed.</param>
/// <param name="Overbought">RSI level (0-100) above which positions exit.</param>
/// <param name="BandPeriod">Bollinger look-back in candles; at least 2.</param>
/// <param name="BandStdDev">Bollinger width in standard deviations; above 0, at most 10.</param>
/// <param name="MaxHoldCandles">Exit after this many candles in a position; at least 1.</param>
public sealed record ScalpingParams(
    int RsiPeriod = 7,
    double Oversold = 25,
    double Overbought = 75,
    int BandPeriod = 20,
    double BandStdDev = 2,
    int MaxHoldCandles = 12) : IValidatedConfig
{
    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations() =>
        RsiParams.Check(new ConfigChecks(), nameof(RsiPeriod), RsiPeriod, nameof(Oversold), Oversold, nameof(Overbought), Overbought)
            .AtLeast(nameof(BandPeriod), BandPeriod, 2)
            .Between(nameof(BandStdDev), BandStdDev, 0, false, 10, true, "2")
            .AtLeast(nameof(MaxHoldCandles), MaxHoldCandles, 1)
            .ToList();

    /// <summary>
    /// Closed candles a fresh strategy needs before every value it reads is defined: the bands from candle
    /// <see cref="BandPeriod"/>, RSI from <see cref="RsiPeriod"/> + 1; the larger of the two.
    /// </summary>
    public int WarmupCandles() => Math.Max(BandPeriod, RsiPeriod + 1);
}
