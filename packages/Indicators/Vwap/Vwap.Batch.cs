using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Volume-weighted average price over a whole series.</summary>
public static class VwapBatch
{
    /// <summary>VWAP anchored at the first candle: <c>candles.Vwap()</c>. One value per candle.</summary>
    public static double?[] Vwap(this ReadOnlySpan<Candle> candles)
    {
        using var columns = new Columns(1, candles.Length);
        candles.Vwap(columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>
    /// VWAP of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.Vwap(output)</c>.
    /// </summary>
    /// <remarks>Allocates nothing.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Vwap(this ReadOnlySpan<Candle> candles, Span<double> output)
    {
        SeriesOutput.Require(output, candles.Length, nameof(output));
        double volume = 0, volumeTp = 0;
        for (int i = 0; i < candles.Length; i++) output[i] = VwapIncremental.Next(candles[i], ref volume, ref volumeTp);
    }
}
