using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Average True Range over a whole series.</summary>
public static class AtrBatch
{
    /// <summary>ATR(N) of every candle: <c>candles.Atr(14)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static AtrResult[] Atr(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        AtrIncremental.Validate(period);
        using var columns = new Columns(3, candles.Length);
        candles.Atr(period, columns[0], columns[1], columns[2]);
        var results = GC.AllocateUninitializedArray<AtrResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++)
            results[i] = new AtrResult(columns[1][i].ToNullable(), columns[0][i].ToNullable(), columns[2][i].ToNullable());
        return results;
    }

    /// <summary>
    /// ATR(N) of every candle written into the caller's spans (one value per candle, NaN where undefined); allocates
    /// nothing: <c>candles.Atr(14, atr)</c>. An empty span is a field not wanted.
    /// </summary>
    /// <param name="candles">Candles, oldest first.</param>
    /// <param name="period">Smoothing period N, at least 1.</param>
    /// <param name="atr">Wilder-smoothed average true range, price units; NaN before index N.</param>
    /// <param name="tr">True range of each candle; NaN on the first (empty: not wanted).</param>
    /// <param name="atrp">ATR as a percent of close; NaN before index N or when close is 0 (empty: not wanted).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="atr"/> is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Atr(this ReadOnlySpan<Candle> candles, int period, Span<double> atr, Span<double> tr = default, Span<double> atrp = default)
    {
        AtrIncremental.Validate(period);
        SeriesOutput.Require(atr, candles.Length, nameof(atr));
        SeriesOutput.Optional(tr, candles.Length, nameof(tr));
        SeriesOutput.Optional(atrp, candles.Length, nameof(atrp));
        new AtrState(period).Write(candles, atr, tr, atrp);
    }
}
