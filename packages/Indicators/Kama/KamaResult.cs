namespace Trader.Indicators;

/// <summary>One KAMA row; null while undefined.</summary>
/// <param name="Er">Efficiency ratio, 0..1: |net change over N bars| / sum of |bar-to-bar changes|.</param>
/// <param name="Kama">Kaufman adaptive moving average of close, in price units.</param>
public readonly record struct KamaResult(double? Er, double? Kama);
