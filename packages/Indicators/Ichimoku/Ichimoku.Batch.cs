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
        using var columns = new Columns(4, candles.Length);
        candles.Ichimoku(tenkanPeriods, kijunPeriods, senkouBPeriods, columns[0], columns[1], columns[2], columns[3]);
        var results = GC.AllocateUninitializedArray<IchimokuResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new IchimokuResult(TenkanSen: columns[0][i].ToNullable(), KijunSen: columns[1][i].ToNullable(), SenkouSpanA: columns[2][i].ToNullable(), SenkouSpanB: columns[3][i].ToNullable(), ChikouSpan: i + kijunPeriods < candles.Length ? candles[i + kijunPeriods].Close : null);
        return results;
    }

    /// <summary>
    /// Tenkan-sen, kijun-sen, senkou span A, senkou span B of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.Ichimoku(9, 26, 52, tenkan, kijun, senkouA, senkouB)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Ichimoku(this ReadOnlySpan<Candle> candles, int tenkanPeriods, int kijunPeriods, int senkouBPeriods, Span<double> tenkan, Span<double> kijun = default, Span<double> senkouA = default, Span<double> senkouB = default)
    {
        var kernel = new IchimokuIncremental(tenkanPeriods, kijunPeriods, senkouBPeriods);
        SeriesOutput.Require(tenkan, candles.Length, nameof(tenkan));
        SeriesOutput.Optional(kijun, candles.Length, nameof(kijun));
        SeriesOutput.Optional(senkouA, candles.Length, nameof(senkouA));
        SeriesOutput.Optional(senkouB, candles.Length, nameof(senkouB));
        KernelSeries.Write(kernel, candles, tenkan, kijun, senkouA, senkouB);
    }
}
