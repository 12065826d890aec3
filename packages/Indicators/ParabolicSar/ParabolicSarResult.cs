namespace Trader.Indicators;

/// <summary>One row of Parabolic SAR; null up to and including the first reversal (the first trend is a guess).</summary>
/// <param name="Sar">Stop-and-reverse price.</param>
/// <param name="IsReversal">True on a candle where the trend flipped.</param>
public readonly record struct ParabolicSarResult(double? Sar, bool? IsReversal);
