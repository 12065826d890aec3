using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Donchian Channels over a whole series.</summary>
public static class DonchianBatch
{
    /// <summary>Donchian(N) of every candle: <c>candles.Donchian(20)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static DonchianResult[] Donchian(this ReadOnlySpan<Candle> candles, int period = 20)
    {
        var kernel = new DonchianIncremental(period);
        var results = GC.AllocateUninitializedArray<DonchianResult>(candles.Length); // every element is written below
        for (int i = 0; i < candles.Length; i++) results[i] = kernel.Add(candles[i]);
        return results;
    }
}
