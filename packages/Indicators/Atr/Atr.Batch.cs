using Trader.Timeframes;

namespace Trader.Indicators;

/// <summary>Average True Range over a whole series.</summary>
public static class AtrBatch
{
    /// <summary>ATR(N) of every candle: <c>candles.Atr(14)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static AtrResult[] Atr(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        var kernel = new AtrIncremental(period);
        var results = new AtrResult[candles.Length];
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
