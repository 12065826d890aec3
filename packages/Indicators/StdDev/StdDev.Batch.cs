using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Rolling population standard deviation over a whole series.</summary>
public static class StdDevBatch
{
    /// <summary>StdDev(N) of closes: <c>closes.StdDev(14)</c>. One result per close.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static StdDevResult[] StdDev(this ReadOnlySpan<double> closes, int period = 14)
    {
        var kernel = new StdDevIncremental(period);
        var results = GC.AllocateUninitializedArray<StdDevResult>(closes.Length); // every element is written below
        for (int i = 0; i < closes.Length; i++) results[i] = kernel.Add(closes[i]);
        return results;
    }

    /// <summary>StdDev(N) of the candles' closes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static StdDevResult[] StdDev(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        var kernel = new StdDevIncremental(period);
        var results = GC.AllocateUninitializedArray<StdDevResult>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i].Close);
        return results;
    }
}
