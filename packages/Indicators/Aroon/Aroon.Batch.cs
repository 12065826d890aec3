using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Aroon over a whole candle series.</summary>
public static class AroonBatch
{
    /// <summary>Aroon up, down and oscillator of <paramref name="candles"/>; one result per input, null fields in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static AroonResult[] Aroon(this ReadOnlySpan<Candle> candles, int period = 25)
    {
        using var columns = new Columns(3, candles.Length);
        candles.Aroon(period, columns[0], columns[1], columns[2]);
        var results = GC.AllocateUninitializedArray<AroonResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new AroonResult(Oscillator: columns[0][i].ToNullable(), AroonUp: columns[1][i].ToNullable(), AroonDown: columns[2][i].ToNullable());
        return results;
    }

    /// <summary>
    /// Aroon oscillator, Aroon up, Aroon down of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.Aroon(25, oscillator)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Runs the incremental kernel once per input; allocates only the kernel (O(period) bytes, independent of the series length).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Aroon(this ReadOnlySpan<Candle> candles, int period, Span<double> oscillator, Span<double> aroonUp = default, Span<double> aroonDown = default)
    {
        var kernel = new AroonIncremental(period);
        SeriesOutput.Require(oscillator, candles.Length, nameof(oscillator));
        SeriesOutput.Optional(aroonUp, candles.Length, nameof(aroonUp));
        SeriesOutput.Optional(aroonDown, candles.Length, nameof(aroonDown));
        KernelSeries.Write(kernel, candles, oscillator, aroonUp, aroonDown);
    }
}
