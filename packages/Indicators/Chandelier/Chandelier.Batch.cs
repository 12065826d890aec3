using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Chandelier Exit over a whole series.</summary>
public static class ChandelierBatch
{
    /// <summary>Chandelier Exit of every candle: <c>candles.Chandelier(22, 3)</c>. One value per candle, null before index N.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static double?[] Chandelier(this ReadOnlySpan<Candle> candles, int period = 22, double multiplier = 3, ChandelierDirection direction = ChandelierDirection.Long)
    {
        var kernel = new ChandelierIncremental(period, multiplier, direction);
        var results = GC.AllocateUninitializedArray<double?>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
