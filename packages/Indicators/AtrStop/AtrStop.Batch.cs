using Trader.Domain;

namespace Trader.Indicators;

/// <summary>ATR trailing stop over a whole series.</summary>
public static class AtrStopBatch
{
    /// <summary>ATR trailing stop of every candle: <c>candles.AtrStop(21, 3)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static AtrStopResult[] AtrStop(this ReadOnlySpan<Candle> candles, int period = 21, double multiplier = 3, AtrStopEnd end = AtrStopEnd.Close)
    {
        var kernel = new AtrStopIncremental(period, multiplier, end);
        var results = GC.AllocateUninitializedArray<AtrStopResult>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
