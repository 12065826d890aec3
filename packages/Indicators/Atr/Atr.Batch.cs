using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Average True Range over a whole series.</summary>
public static class AtrBatch
{
    /// <summary>ATR(N) of every candle: <c>candles.Atr(14)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static AtrResult[] Atr(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        var kernel = new AtrIncremental(period);
        // Every element is written, so the array skips zeroing.
        var results = GC.AllocateUninitializedArray<AtrResult>(candles.Length);
        kernel.AddRange(candles, results);
        return results;
    }
}
