using Trader.Domain;

namespace Trader.Indicators;

/// <summary>ATR trailing stop over a whole series.</summary>
public static class AtrStopBatch
{
    /// <summary>ATR trailing stop of every candle: <c>candles.AtrStop(21, 3)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static AtrStopResult[] AtrStop(this ReadOnlySpan<Candle> candles, int period = 21, double multiplier = 3, AtrStopEnd end = AtrStopEnd.Close)
    {
        using var columns = new Columns(4, candles.Length);
        candles.AtrStop(period, multiplier, end, columns[0], columns[1], columns[2], columns[3]);
        var results = GC.AllocateUninitializedArray<AtrStopResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new AtrStopResult(AtrStop: columns[0][i].ToNullable(), BuyStop: columns[1][i].ToNullable(), SellStop: columns[2][i].ToNullable(), Atr: columns[3][i].ToNullable());
        return results;
    }

    /// <summary>
    /// Stop, buy stop, sell stop, ATR of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.AtrStop(21, 3, AtrStopEnd.Close, stop)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void AtrStop(this ReadOnlySpan<Candle> candles, int period, double multiplier, AtrStopEnd end, Span<double> stop, Span<double> buyStop = default, Span<double> sellStop = default, Span<double> atr = default)
    {
        var kernel = new AtrStopIncremental(period, multiplier, end);
        SeriesOutput.Require(stop, candles.Length, nameof(stop));
        SeriesOutput.Optional(buyStop, candles.Length, nameof(buyStop));
        SeriesOutput.Optional(sellStop, candles.Length, nameof(sellStop));
        SeriesOutput.Optional(atr, candles.Length, nameof(atr));
        KernelSeries.Write(kernel, candles, stop, buyStop, sellStop, atr);
    }
}
