using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Average Directional Index over a whole series.</summary>
public static class AdxBatch
{
    /// <summary>ADX(N) of every candle: <c>candles.Adx(14)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static AdxResult[] Adx(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        var kernel = new AdxIncremental(period);
        var results = GC.AllocateUninitializedArray<AdxResult>(candles.Length); // every element is written below
        kernel.AddRange(candles, results);
        return results;
    }
}
