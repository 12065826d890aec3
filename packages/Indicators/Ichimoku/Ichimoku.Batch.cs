using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Ichimoku Cloud over a whole series.</summary>
public static class IchimokuBatch
{
    /// <summary>
    /// Ichimoku of every candle: <c>candles.Ichimoku(9, 26, 52)</c>. One result per candle; the chikou span of
    /// row i is the close of row i + kijun (null on the last kijun rows). It looks into the future: never feed it
    /// to a strategy.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A window is below 1.</exception>
    public static IchimokuResult[] Ichimoku(this ReadOnlySpan<Candle> candles, int tenkanPeriods = 9, int kijunPeriods = 26, int senkouBPeriods = 52)
    {
        var kernel = new IchimokuIncremental(tenkanPeriods, kijunPeriods, senkouBPeriods);
        var results = GC.AllocateUninitializedArray<IchimokuResult>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++)
        {
            int ahead = i + kernel.Offset;
            results[i] = kernel.Add(candles[i]) with { ChikouSpan = ahead < candles.Length ? candles[ahead].Close : null };
        }
        return results;
    }
}
