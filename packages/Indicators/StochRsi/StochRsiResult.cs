namespace Trader.Indicators;

/// <summary>One Stochastic RSI row, 0..100 scale; null while undefined.</summary>
/// <param name="StochRsi">Stochastic %K of RSI (RSI as high, low and close), smoothed by SMA(smooth).</param>
/// <param name="Signal">SMA(signal) of <paramref name="StochRsi"/>.</param>
public readonly record struct StochRsiResult(double? StochRsi, double? Signal);
