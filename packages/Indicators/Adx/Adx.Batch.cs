using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Average Directional Index over a whole series.</summary>
public static class AdxBatch
{
    /// <summary>ADX(N) of every candle: <c>candles.Adx(14)</c>. One result per candle.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static AdxResult[] Adx(this ReadOnlySpan<Candle> candles, int period = 14)
    {
        AdxIncremental.Validate(period);
        using var columns = new Columns(5, candles.Length);
        candles.Adx(period, columns[0], columns[1], columns[2], columns[3], columns[4]);
        var results = GC.AllocateUninitializedArray<AdxResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = new AdxResult(columns[1][i].ToNullable(), columns[2][i].ToNullable(), columns[3][i].ToNullable(),
                columns[0][i].ToNullable(), columns[4][i].ToNullable());
        }
        return results;
    }

    /// <summary>
    /// ADX(N) of every candle written into the caller's spans (one value per candle, NaN where undefined); allocates
    /// nothing: <c>candles.Adx(14, adx)</c>. An empty span is a field not wanted.
    /// </summary>
    /// <param name="candles">Candles, oldest first.</param>
    /// <param name="period">Lookback N, at least 1.</param>
    /// <param name="adx">Wilder average of DX (0..100); from index 2N - 1.</param>
    /// <param name="pdi">+DI (0..100); from index N (empty: not wanted).</param>
    /// <param name="mdi">-DI (0..100); from index N (empty: not wanted).</param>
    /// <param name="dx">DX (0..100); from index N (empty: not wanted).</param>
    /// <param name="adxr">(ADX + ADX N candles earlier) / 2; from index 3N - 1 (empty: not wanted).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="adx"/> is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Adx(this ReadOnlySpan<Candle> candles, int period, Span<double> adx,
        Span<double> pdi = default, Span<double> mdi = default, Span<double> dx = default, Span<double> adxr = default)
    {
        AdxIncremental.Validate(period);
        int n = candles.Length;
        SeriesOutput.Require(adx, n, nameof(adx));
        SeriesOutput.Optional(pdi, n, nameof(pdi));
        SeriesOutput.Optional(mdi, n, nameof(mdi));
        SeriesOutput.Optional(dx, n, nameof(dx));
        SeriesOutput.Optional(adxr, n, nameof(adxr));
        new AdxState(period).Write(candles, adx[..n], pdi, mdi, dx, adxr);
    }
}
