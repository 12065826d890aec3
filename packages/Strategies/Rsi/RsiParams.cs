using Trader.Domain;

namespace Trader.Strategies.Rsi;

/// <summary>Parameters of the <c>rsi</c> strategy: enter when RSI crosses up through <see cref="Oversold"/>, exit when it crosses down through <see cref="Overbought"/>.</summary>
/// <param name="Period">RSI look-back in candles; at least 2.</param>
/// <param name="Oversold">RSI level (0-100) that arms an entry; below <paramref name="Overbought"/>.</param>
/// <param name="Overbought">RSI level (0-100) that triggers an exit.</param>
public sealed record RsiParams(int Period = 14, double Oversold = 30, double Overbought = 70) : IValidatedConfig
{
    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations() =>
        Check(new ConfigChecks(), nameof(Period), Period, nameof(Oversold), Oversold, nameof(Overbought), Overbought).ToList();

    /// <summary>The RSI rules, shared by every strategy that takes RSI parameters under its own key names.</summary>
    internal static ConfigChecks Check(ConfigChecks rules, string periodKey, int period, string oversoldKey, double oversold, string overboughtKey, double overbought) =>
        rules.AtLeast(periodKey, period, 2)
            .Between(oversoldKey, oversold, 0, false, 100, false, "30")
            .Between(overboughtKey, overbought, 0, false, 100, false, "70")
            .Less(oversoldKey, oversold, overboughtKey, overbought);

    /// <summary>
    /// Closed candles a fresh strategy needs before its decisions are defined: RSI has a value from candle
    /// <see cref="Period"/> + 1 and a cross also reads the previous one, so <see cref="Period"/> + 2.
    /// </summary>
    public int WarmupCandles() => Period + 2;
}
