namespace Trader.Indicators;

/// <summary>One row of the ATR trailing stop; null during the first N candles. Exactly one of the stops is set per row.</summary>
/// <param name="AtrStop">The active stop, price units.</param>
/// <param name="BuyStop">Upper band, set while bearish (a short's stop / buy-to-stop).</param>
/// <param name="SellStop">Lower band, set while bullish (a long's stop / sell-to-stop).</param>
/// <param name="Atr">The Wilder ATR(N) used, price units.</param>
public readonly record struct AtrStopResult(double? AtrStop, double? BuyStop, double? SellStop, double? Atr);
