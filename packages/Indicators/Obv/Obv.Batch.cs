using Trader.Domain;

namespace Trader.Indicators;

/// <summary>On-Balance Volume over a whole series.</summary>
public static class ObvBatch
{
    /// <summary>OBV of every candle: <c>candles.Obv()</c>. One value per candle, 0 on the first.</summary>
    public static double?[] Obv(this ReadOnlySpan<Candle> candles)
    {
        using var columns = new Columns(1, candles.Length);
        candles.Obv(columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>
    /// On-balance volume of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.Obv(output)</c>.
    /// </summary>
    /// <remarks>Allocates nothing.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Obv(this ReadOnlySpan<Candle> candles, Span<double> output)
    {
        SeriesOutput.Require(output, candles.Length, nameof(output));
        double obv = double.NaN, previousClose = double.NaN;
        for (int i = 0; i < candles.Length; i++)
        {
            ref readonly var c = ref candles[i];
            output[i] = obv = ObvIncremental.Next(obv, c.Close, previousClose, c.Volume);
            previousClose = c.Close;
        }
    }
}
