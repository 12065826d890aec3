using System.Numerics;
using Trader.Timeframes;

namespace Trader.Indicators;

/// <summary>Commodity channel index over a whole candle series.</summary>
public static class CciBatch
{
    /// <summary>CCI of <paramref name="candles"/>; one result per input, null in warm-up or on a flat window.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static double?[] Cci(this ReadOnlySpan<Candle> candles, int period = 20) =>
        Columns.Nullable(candles, period, static (c, p, o) => c.Cci(p, o));

    /// <summary>
    /// CCI of every candle written into <paramref name="output"/> (one value per candle, NaN in warm-up or on a flat
    /// window); allocates nothing: <c>candles.Cci(20, output)</c>.
    /// </summary>
    /// <remarks>
    /// The batch form has the whole window at hand, so instead of the incremental form's ordered window it takes the
    /// mean absolute deviation by a vectorised scan of the window's typical prices (N terms per candle, four or more
    /// at a time). Sums are kept relative to an origin inside the window, re-based every N candles, so prices near
    /// 1e5 that move by 1e-6 keep their deviations and a shift of every price changes nothing (the tests run it
    /// against the incremental form and against the offsets).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="candles"/>.</exception>
    public static void Cci(this ReadOnlySpan<Candle> candles, int period, Span<double> output)
    {
        CciIncremental.Validate(period);
        int n = candles.Length;
        SeriesOutput.Require(output, n, nameof(output));
        using var scratch = new Scratch(period, stackalloc double[Scratch.StackLength]);
        var window = scratch.Span; // the last N typical prices, in ring order (the scan does not need time order)

        double origin = double.NaN, lastTypical = double.NaN;
        double sum = 0; // of (typical - origin) over the window
        int count = 0, slot = 0, sinceRebase = 0, equalRun = 0;
        double inverse = 1.0 / period;
        for (int i = 0; i < n; i++)
        {
            ref readonly var c = ref candles[i];
            double typical = CciIncremental.Typical(c);
            // Length of the run of equal typical prices ending here (NaN equals nothing): the exact flat-window test.
            equalRun = double.IsNaN(typical) ? 0 : typical == lastTypical ? Math.Min(equalRun + 1, period) : 1;
            lastTypical = typical;
            if (i == 0) origin = typical;

            bool full = count == period;
            double evicted = window[slot];
            window[slot] = typical;
            if (++slot == period) slot = 0;
            if (full) sum += (typical - origin) - (evicted - origin);
            else
            {
                sum += typical - origin;
                count++;
            }
            // Re-base on a value inside the window every N candles (and as soon as a NaN leaves it): the sum is then
            // recomputed from the window, so rounding does not accumulate and a NaN does not outlive its window.
            if (++sinceRebase >= period || (full && double.IsNaN(evicted)))
            {
                sinceRebase = 0;
                if (!double.IsNaN(typical)) origin = typical;
                sum = 0;
                foreach (double value in window[..count]) sum += value - origin;
            }

            if (count < period || equalRun == period)
            {
                output[i] = double.NaN;
                continue;
            }
            double mean = sum * inverse; // relative to the origin
            output[i] = CciIncremental.Index(typical - origin - mean, AbsoluteDeviations(window, origin, mean) * inverse);
        }
    }

    // Sum of |(x - origin) - mean| over the window, several lanes at a time.
    private static double AbsoluteDeviations(ReadOnlySpan<double> window, double origin, double mean)
    {
        int j = 0;
        double total = 0;
        if (Vector.IsHardwareAccelerated && window.Length >= Vector<double>.Count)
        {
            var origins = new Vector<double>(origin);
            var means = new Vector<double>(mean);
            var sums = Vector<double>.Zero;
            for (; j <= window.Length - Vector<double>.Count; j += Vector<double>.Count)
                sums += Vector.Abs(new Vector<double>(window[j..]) - origins - means);
            total = Vector.Sum(sums);
        }
        for (; j < window.Length; j++) total += Math.Abs(window[j] - origin - mean);
        return total;
    }
}
