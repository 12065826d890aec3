namespace Trader.Indicators;

/// <summary>One TRIX row; null while undefined.</summary>
/// <param name="Ema3">Triple-smoothed EMA of close (EMA of EMA of EMA), in price units.</param>
/// <param name="Trix">Percent change of <paramref name="Ema3"/> from the previous bar (percent per bar).</param>
public readonly record struct TrixResult(double? Ema3, double? Trix);
