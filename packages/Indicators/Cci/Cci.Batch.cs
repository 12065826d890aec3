using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Trader.Domain;

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
    /// at a time). Prices are kept relative to an origin inside the window, re-based every N candles, so prices near
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
        Write(candles, period, output, scratch.Span);
    }

    // The loop, out of the method with the stack buffer (see Scratch). The window holds the last N typical prices
    // relative to the origin, in ring order (the scan does not need time order).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Write(ReadOnlySpan<Candle> candles, int period, Span<double> output, Span<double> window)
    {
        int n = candles.Length;

        double origin = double.NaN, lastTypical = double.NaN;
        double sum = 0; // of the window's relative values
        int count = 0, slot = 0, sinceRebase = 0, equalRun = 0;
        double inverse = 1.0 / period;
        for (int i = 0; i < n; i++)
        {
            double typical = CciIncremental.Typical(candles[i]);
            // Length of the run of equal typical prices ending here (NaN equals nothing): the exact flat-window test.
            equalRun = double.IsNaN(typical) ? 0 : typical == lastTypical ? Math.Min(equalRun + 1, period) : 1;
            lastTypical = typical;
            if (i == 0) origin = typical;

            bool full = count == period;
            double evicted = window[slot];
            double relative = typical - origin;
            Put(window, slot, relative);
            if (++slot == period) slot = 0;
            if (full) sum += relative - evicted;
            else
            {
                sum += relative;
                count++;
            }
            // Re-base on the newest value every N candles (and as soon as a NaN leaves the window) and re-sum the
            // window, so rounding does not accumulate and a NaN does not outlive its window. Re-basing subtracts the
            // newest relative value from the others (exact while prices are close: the offsets keep their precision).
            if (++sinceRebase >= period || (full && double.IsNaN(evicted)))
            {
                sinceRebase = 0;
                if (double.IsNaN(origin)) origin = Restart(candles, i, window[..count], slot, typical);
                else if (!double.IsNaN(relative)) origin = Shift(window[..count], relative, typical);
                relative = typical - origin;
                sum = Sum(window[..count]);
            }

            if (count < period || equalRun == period)
            {
                output[i] = double.NaN;
                continue;
            }
            double mean = sum * inverse; // relative to the origin
            output[i] = CciIncremental.Index(relative - mean, AbsoluteDeviations(window, mean) * inverse);
        }
    }

    private static readonly Vector<long> LaneIndex = Vector<long>.Indices;

    // Writes the newest value into the ring as a whole vector when its lane group lies inside the window: the scan
    // that follows loads whole vectors, and a vector load of a slot just written by a scalar store cannot be served
    // from the store buffer (that stall cost about as much as the rest of the candle).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(Span<double> window, int slot, double value)
    {
        int lanes = Vector<double>.Count;
        int group = slot - slot % lanes;
        if (!Vector.IsHardwareAccelerated || group + lanes > window.Length)
        {
            window[slot] = value;
            return;
        }
        ref double first = ref MemoryMarshal.GetReference(window);
        var lane = Vector.Equals(LaneIndex, new Vector<long>(slot - group));
        Vector.ConditionalSelect(lane, new Vector<double>(value), Vector.LoadUnsafe(ref first, (nuint)group)).StoreUnsafe(ref first, (nuint)group);
    }

    // Moves the origin to the newest typical price: every relative value drops by the newest one's.
    private static double Shift(Span<double> window, double newest, double typical)
    {
        foreach (ref double value in window) value -= newest;
        return typical;
    }

    // The origin was NaN (the series began with a NaN price): takes the newest price instead and recomputes the
    // window's relative values from the candles (ring slot of candle i - j: the newest is just before the next slot).
    private static double Restart(ReadOnlySpan<Candle> candles, int i, Span<double> window, int slot, double typical)
    {
        for (int j = 0; j < window.Length; j++)
        {
            int at = slot - 1 - j;
            if (at < 0) at += window.Length;
            window[at] = CciIncremental.Typical(candles[i - j]) - typical;
        }
        return typical;
    }

    private static double Sum(ReadOnlySpan<double> window)
    {
        double sum = 0;
        foreach (double value in window) sum += value;
        return sum;
    }

    // Sum of |x - mean| over the window, several lanes at a time into two accumulators (one would chain every
    // addition on the previous one: its latency, not the arithmetic, bounded the scan).
    private static double AbsoluteDeviations(ReadOnlySpan<double> window, double mean)
    {
        int j = 0;
        double total = 0;
        ref double first = ref MemoryMarshal.GetReference(window);
        int lanes = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated && window.Length >= lanes)
        {
            var means = new Vector<double>(mean);
            Vector<double> even = Vector<double>.Zero, odd = Vector<double>.Zero;
            for (; j <= window.Length - 2 * lanes; j += 2 * lanes)
            {
                even += Vector.Abs(Vector.LoadUnsafe(ref first, (nuint)j) - means);
                odd += Vector.Abs(Vector.LoadUnsafe(ref first, (nuint)(j + lanes)) - means);
            }
            if (j <= window.Length - lanes)
            {
                even += Vector.Abs(Vector.LoadUnsafe(ref first, (nuint)j) - means);
                j += lanes;
            }
            total = Vector.Sum(even + odd);
        }
        for (; j < window.Length; j++) total += Math.Abs(Unsafe.Add(ref first, j) - mean);
        return total;
    }
}
