namespace Trader.Indicators;

/// <summary>One row of the Average Directional Index; values on a 0..100 scale, null where undefined.</summary>
/// <param name="Pdi">+DI = 100 * smoothed +DM / smoothed TR; from index N.</param>
/// <param name="Mdi">-DI = 100 * smoothed -DM / smoothed TR; from index N.</param>
/// <param name="Dx">100 * |+DI - -DI| / (+DI + -DI); 0 when the two are equal; from index N.</param>
/// <param name="Adx">Wilder average of DX; from index 2N - 1.</param>
/// <param name="Adxr">(ADX + ADX N candles earlier) / 2; from index 3N - 1.</param>
public readonly record struct AdxResult(double? Pdi, double? Mdi, double? Dx, double? Adx, double? Adxr);
