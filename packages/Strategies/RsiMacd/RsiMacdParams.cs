using Trader.Domain;
using Trader.Strategies.Macd;
using Trader.Strategies.Rsi;

namespace Trader.Strategies.RsiMacd;

/// <summary>
/// Parameters of the <c>rsi_macd</c> strategy: enter when RSI is below <see cref="Oversold"/> while MACD crosses
/// above its signal; exit when RSI is above <see cref="Overbought"/> or MACD crosses below its signal.
/// </summary>
/// <param name="RsiPeriod">RSI look-back in candles; at least 2.</param>
/// <param name="Oversold">RSI level (0-100) below which entries are allowed.</param>
/// <param name="Overbought">RSI level (0-100) above which positions exit.</param>
/// <param name="MacdFast">Fast EMA period in candles; less than <paramref name="MacdSlow"/>.</param>
/// <param name="MacdSlow">Slow EMA period in candles.</param>
/// <param name="MacdSignal">Signal-line EMA period in candles.</param>
public sealed record RsiMacdParams(
    int RsiPeriod = 14,
    double Oversold = 30,
    double Overbought = 70,
    int MacdFast = 12,
    int MacdSlow = 26,
    int MacdSignal = 9) : IValidatedConfig
{
    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations()
    {
        var rules = RsiParams.Check(new ConfigChecks(), nameof(RsiPeriod), RsiPeriod, nameof(Oversold), Oversold, nameof(Overbought), Overbought);
        return MacdParams.Check(rules, nameof(MacdFast), MacdFast, nameof(MacdSlow), MacdSlow, nameof(MacdSignal), MacdSignal).ToList();
    }

    /// <summary>
    /// Closed candles a fresh strategy needs before every value it reads is defined: RSI from candle
    /// <see cref="RsiPeriod"/> + 1, the MACD signal cross (which reads the previous candle too) from
    /// <see cref="MacdSlow"/> + <see cref="MacdSignal"/>; the larger of the two.
    /// </summary>
    public int WarmupCandles() => Math.Max(RsiPeriod + 1, MacdSlow + MacdSignal);
}
