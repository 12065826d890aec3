namespace Trader.Indicators;

/// <summary>One MACD row, in price units; null while undefined.</summary>
/// <param name="Macd">Fast EMA minus slow EMA.</param>
/// <param name="Signal">EMA of <paramref name="Macd"/>.</param>
/// <param name="Histogram"><paramref name="Macd"/> minus <paramref name="Signal"/>.</param>
/// <param name="FastEma">EMA of close over the fast period.</param>
/// <param name="SlowEma">EMA of close over the slow period.</param>
public readonly record struct MacdResult(double? Macd, double? Signal, double? Histogram, double? FastEma, double? SlowEma);
