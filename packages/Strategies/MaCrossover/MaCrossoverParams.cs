using Trader.Domain;

namespace Trader.Strategies.MaCrossover;

/// <summary>Parameters of the <c>ma_crossover</c> strategy: enter when the fast average crosses above the slow one, exit when it crosses below.</summary>
/// <param name="Kind">Moving average type: <c>sma</c> or <c>ema</c>.</param>
/// <param name="Fast">Fast average period in candles; at least 1 and less than <paramref name="Slow"/>.</param>
/// <param name="Slow">Slow average period in candles.</param>
public sealed record MaCrossoverParams(MovingAverageKind Kind = MovingAverageKind.Ema, int Fast = 9, int Slow = 21) : IValidatedConfig
{
    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations() =>
        new ConfigChecks().AtLeast(nameof(Fast), Fast, 1).AtLeast(nameof(Slow), Slow, 2).Less(nameof(Fast), Fast, nameof(Slow), Slow).ToList();

    /// <summary>
    /// Closed candles a fresh strategy needs before its decisions are defined: the slow average (SMA or
    /// SMA-seeded EMA) has a value from candle <see cref="Slow"/> and a cross also reads the previous one, so <see cref="Slow"/> + 1.
    /// </summary>
    public int WarmupCandles() => Slow + 1;
}
