namespace Trader.Strategies.MaCrossover;

/// <summary>Which moving average a crossover uses; written <c>sma</c> or <c>ema</c> in configs.</summary>
public enum MovingAverageKind
{
    Sma,
    Ema,
}
