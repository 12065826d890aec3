using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Chaikin Money Flow over a whole series.</summary>
public static class CmfBatch
{
    /// <summary>CMF(N) of every candle: <c>candles.Cmf(20)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static CmfResult[] Cmf(this ReadOnlySpan<Candle> candles, int period = 20)
    {
        var kernel = new CmfIncremental(period);
        var results = GC.AllocateUninitializedArray<CmfResult>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
