namespace Trader.Indicators;

/// <summary>One Aroon row; null while undefined.</summary>
/// <param name="AroonUp">100 * (N - bars since the highest high) / N, 0..100.</param>
/// <param name="AroonDown">100 * (N - bars since the lowest low) / N, 0..100.</param>
/// <param name="Oscillator"><paramref name="AroonUp"/> minus <paramref name="AroonDown"/>, -100..100.</param>
public readonly record struct AroonResult(double? AroonUp, double? AroonDown, double? Oscillator);
