using Trader.Domain;

namespace Trader.Strategies.Macd;

/// <summary>Parameters of the <c>macd</c> strategy: enter when the MACD line crosses above its signal line, exit when it crosses below.</summary>
/// <param name="Fast">Fast EMA period in candles; at least 1 and less than <paramref name="Slow"/>.</param>
/// <param name="Slow">Slow EMA period in candles.</param>
/// <param name="Signal">EMA period of the signal line in candles; at least 1.</param>
public sealed record MacdParams(int Fast = 12, int Slow = 26, int Signal = 9) : IValidatedConfig
{
    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations() =>
        Check(new ConfigChecks(), nameof(Fast), Fast, nameof(Slow), Slow, nameof(Signal), Signal).ToList();

    /// <summary>The MACD rules, shared by every strategy that takes MACD parameters under its own key names.</summary>
    internal static ConfigChecks Check(ConfigChecks rules, string fastKey, int fast, string slowKey, int slow, string signalKey, int signal) =>
        rules.AtLeast(fastKey, fast, 1)
            .AtLeast(slowKey, slow, 2)
            .AtLeast(signalKey, signal, 1)
            .Less(fastKey, fast, slowKey, slow);

    /// <summary>
    /// Closed candles a fresh strategy needs before its decisions are defined: the signal line has a value from
    /// candle <see cref="Slow"/> + <see cref="Signal"/> - 1 and a cross also reads the previous one, so <see cref="Slow"/> + <see cref="Signal"/>.
    /// </summary>
    public int WarmupCandles() => Slow + Signal;
}
