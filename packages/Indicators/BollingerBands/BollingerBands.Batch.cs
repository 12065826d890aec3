using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Bollinger Bands over a whole series.</summary>
public static class BollingerBandsBatch
{
    /// <summary>Bollinger Bands of closes: <c>closes.BollingerBands(20, 2)</c>. One result per close.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static BollingerBandsResult[] BollingerBands(this ReadOnlySpan<double> closes, int period = 20, double standardDeviations = 2)
    {
        BollingerBandsIncremental.Validate(period, standardDeviations);
        using var columns = new Columns(6, closes.Length);
        closes.BollingerBands(period, standardDeviations, columns[0], columns[1], columns[2], columns[3], columns[4], columns[5]);
        var results = GC.AllocateUninitializedArray<BollingerBandsResult>(closes.Length); // every element is written below
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = new BollingerBandsResult(columns[0][i].ToNullable(), columns[1][i].ToNullable(), columns[2][i].ToNullable(),
                columns[3][i].ToNullable(), columns[4][i].ToNullable(), columns[5][i].ToNullable());
        }
        return results;
    }

    /// <summary>Bollinger Bands of the candles' closes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static BollingerBandsResult[] BollingerBands(this ReadOnlySpan<Candle> candles, int period = 20, double standardDeviations = 2)
    {
        using var closes = Columns.Closes(candles);
        return ((ReadOnlySpan<double>)closes[0]).BollingerBands(period, standardDeviations);
    }

    /// <summary>
    /// Bollinger Bands of <paramref name="closes"/> written into the caller's spans (one value per close, NaN where
    /// undefined); allocates nothing: <c>closes.BollingerBands(20, 2, middle, upper, lower)</c>. An empty span is a
    /// field not wanted.
    /// </summary>
    /// <param name="closes">Closes, oldest first.</param>
    /// <param name="period">Window N, at least 1.</param>
    /// <param name="standardDeviations">Band distance k in population standard deviations, greater than 0.</param>
    /// <param name="middle">SMA(N), from index N - 1.</param>
    /// <param name="upper">middle + k * deviation (empty: not wanted).</param>
    /// <param name="lower">middle - k * deviation (empty: not wanted).</param>
    /// <param name="percentB">(close - lower) / (upper - lower), a fraction; NaN when the bands coincide (empty: not wanted).</param>
    /// <param name="zScore">(close - middle) / deviation; NaN when the deviation is 0 (empty: not wanted).</param>
    /// <param name="width">(upper - lower) / middle, a fraction; NaN when middle is 0 (empty: not wanted).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="middle"/> is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void BollingerBands(this ReadOnlySpan<double> closes, int period, double standardDeviations, Span<double> middle,
        Span<double> upper = default, Span<double> lower = default, Span<double> percentB = default, Span<double> zScore = default, Span<double> width = default)
    {
        BollingerBandsIncremental.Validate(period, standardDeviations);
        int n = closes.Length;
        SeriesOutput.Require(middle, n, nameof(middle));
        bool wantsUpper = SeriesOutput.Optional(upper, n, nameof(upper));
        bool wantsLower = SeriesOutput.Optional(lower, n, nameof(lower));
        bool wantsPercentB = SeriesOutput.Optional(percentB, n, nameof(percentB));
        bool wantsZScore = SeriesOutput.Optional(zScore, n, nameof(zScore));
        bool wantsWidth = SeriesOutput.Optional(width, n, nameof(width));

        // The rolling sums of RollingMoments, with the window read from the input itself: sums of (x - shift) and
        // (x - shift)^2, recomputed from the window every N values with the newest value as the new shift.
        int warmup = Math.Min(period - 1, n);
        double shift = n > 0 ? closes[0] : 0, sum = 0, sumSquares = 0;
        for (int i = 0; i < warmup; i++)
        {
            double d = closes[i] - shift;
            sum += d;
            sumSquares += d * d;
            middle[i] = double.NaN;
            if (wantsUpper) upper[i] = double.NaN;
            if (wantsLower) lower[i] = double.NaN;
            if (wantsPercentB) percentB[i] = double.NaN;
            if (wantsZScore) zScore[i] = double.NaN;
            if (wantsWidth) width[i] = double.NaN;
        }
        double inverse = 1.0 / period;
        int sinceRebase = warmup;
        for (int i = warmup; i < n; i++)
        {
            double close = closes[i];
            RollingMoments.Roll(ref sum, ref sumSquares, close - shift, i >= period ? closes[i - period] - shift : 0);
            if (++sinceRebase == period)
            {
                sinceRebase = 0;
                shift = close;
                RollingMoments.Sums(closes[(i - period + 1)..(i + 1)], shift, out sum, out sumSquares);
            }
            double mean = shift + sum * inverse;
            double deviation = Math.Sqrt(RollingMoments.VarianceOf(sum, sumSquares, inverse));
            BollingerBandsIncremental.Bands(mean, deviation, standardDeviations, out double up, out double low);
            middle[i] = mean;
            if (wantsUpper) upper[i] = up;
            if (wantsLower) lower[i] = low;
            if (wantsPercentB) percentB[i] = BollingerBandsIncremental.PercentB(close, up, low);
            if (wantsZScore) zScore[i] = BollingerBandsIncremental.ZScore(close, mean, deviation);
            if (wantsWidth) width[i] = BollingerBandsIncremental.Width(mean, up, low);
        }
    }
}
