using Trader.Domain;

namespace Trader.Indicators;

/// <summary>True Range (<c>tr</c>) over a whole series.</summary>
public static class TrueRangeBatch
{
    /// <summary>True Range of every candle, in price units; null on the first candle.</summary>
    public static double?[] TrueRange(this ReadOnlySpan<Candle> candles)
    {
        using var columns = new Columns(1, candles.Length);
        candles.TrueRange(columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>
    /// True range of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>candles.TrueRange(output)</c>.
    /// </summary>
    /// <remarks>Allocates nothing.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void TrueRange(this ReadOnlySpan<Candle> candles, Span<double> output)
    {
        SeriesOutput.Require(output, candles.Length, nameof(output));
        double previousClose = double.NaN; // no previous close: the first true range is NaN
        for (int i = 0; i < candles.Length; i++)
        {
            ref readonly var c = ref candles[i];
            output[i] = TrueRangeIncremental.Of(c.High, c.Low, previousClose);
            previousClose = c.Close;
        }
    }
}
