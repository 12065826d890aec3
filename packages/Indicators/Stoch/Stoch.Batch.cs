using Trader.Timeframes;

namespace Trader.Indicators;

/// <summary>Stochastic oscillator over a whole candle series.</summary>
public static class StochBatch
{
    /// <summary>%K, %D and %J of <paramref name="candles"/>; one result per input, null fields while undefined.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1 or a factor is not positive.</exception>
    public static StochResult[] Stoch(this ReadOnlySpan<Candle> candles, int lookbackPeriod = 14, int signalPeriod = 3, int smoothPeriod = 3,
        double kFactor = 3, double dFactor = 2)
    {
        StochIncremental.Validate(lookbackPeriod, signalPeriod, smoothPeriod, kFactor, dFactor);
        using var columns = new Columns(3, candles.Length);
        candles.Stoch(lookbackPeriod, signalPeriod, smoothPeriod, columns[0], columns[1], columns[2], kFactor, dFactor);
        var results = GC.AllocateUninitializedArray<StochResult>(candles.Length); // every element is written below
        for (int i = 0; i < results.Length; i++)
            results[i] = new StochResult(columns[0][i].ToNullable(), columns[1][i].ToNullable(), columns[2][i].ToNullable());
        return results;
    }

    /// <summary>
    /// %K, %D and %J of every candle written into the caller's spans (one value per candle, NaN while undefined);
    /// allocates nothing: <c>candles.Stoch(14, 3, 3, k, d)</c>. An empty span is a field not wanted.
    /// </summary>
    /// <param name="candles">Candles, oldest first.</param>
    /// <param name="lookbackPeriod">Bars for the highest high and lowest low, at least 1.</param>
    /// <param name="signalPeriod">Bars of the %D SMA, at least 1.</param>
    /// <param name="smoothPeriod">Bars of the %K SMA (1 = fast stochastic), at least 1.</param>
    /// <param name="oscillator">%K (0..100), from index lookback + smooth - 2.</param>
    /// <param name="signal">%D (0..100), from index lookback + smooth + signal - 3 (empty: not wanted).</param>
    /// <param name="percentJ">%J = kFactor * %K - dFactor * %D (empty: not wanted).</param>
    /// <param name="kFactor">Weight of %K in %J, greater than 0.</param>
    /// <param name="dFactor">Weight of %D in %J, greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1 or a factor is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="oscillator"/> is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Stoch(this ReadOnlySpan<Candle> candles, int lookbackPeriod, int signalPeriod, int smoothPeriod,
        Span<double> oscillator, Span<double> signal = default, Span<double> percentJ = default, double kFactor = 3, double dFactor = 2)
    {
        StochIncremental.Validate(lookbackPeriod, signalPeriod, smoothPeriod, kFactor, dFactor);
        int n = candles.Length;
        SeriesOutput.Require(oscillator, n, nameof(oscillator));
        bool wantsSignal = SeriesOutput.Optional(signal, n, nameof(signal));
        bool wantsJ = SeriesOutput.Optional(percentJ, n, nameof(percentJ));

        // Rings of the last raw %K values and %K values for the two SMAs (evicting 0 while filling, as RollingMean does).
        using var scratch = new Scratch(smoothPeriod + signalPeriod, stackalloc double[Scratch.StackLength]);
        var rawRing = scratch.Span[..smoothPeriod];
        var kRing = scratch.Span[smoothPeriod..];
        rawRing.Clear();
        kRing.Clear();
        double rawSum = 0, kSum = 0;
        int rawSlot = 0, kSlot = 0, rawCount = 0, kCount = 0;

        // The window's extremes and where they are: kept while they stay in the window, found again by a scan of the
        // window when they leave it (amortized O(1) on market data, no memory).
        int highestAt = -1, lowestAt = -1;
        double highest = 0, lowest = 0;
        int warmup = Math.Min(lookbackPeriod - 1, n);
        for (int i = 0; i < warmup; i++)
        {
            oscillator[i] = double.NaN;
            if (wantsSignal) signal[i] = double.NaN;
            if (wantsJ) percentJ[i] = double.NaN;
        }
        for (int i = warmup; i < n; i++)
        {
            ref readonly var c = ref candles[i];
            int oldest = i - lookbackPeriod + 1;
            if (highestAt < oldest)
            {
                highestAt = oldest;
                highest = candles[oldest].High;
                for (int j = oldest + 1; j <= i; j++)
                {
                    double h = candles[j].High;
                    if (h >= highest) (highest, highestAt) = (h, j);
                }
            }
            else if (c.High >= highest)
            {
                (highest, highestAt) = (c.High, i);
            }
            if (lowestAt < oldest)
            {
                lowestAt = oldest;
                lowest = candles[oldest].Low;
                for (int j = oldest + 1; j <= i; j++)
                {
                    double l = candles[j].Low;
                    if (l <= lowest) (lowest, lowestAt) = (l, j);
                }
            }
            else if (c.Low <= lowest)
            {
                (lowest, lowestAt) = (c.Low, i);
            }

            double raw = StochasticCore.RawK(c.Close, highest, lowest);
            rawSum += raw - rawRing[rawSlot];
            rawRing[rawSlot] = raw;
            if (++rawSlot == smoothPeriod) rawSlot = 0;
            double k = double.NaN, d = double.NaN;
            if (++rawCount >= smoothPeriod)
            {
                k = rawSum / smoothPeriod;
                kSum += k - kRing[kSlot];
                kRing[kSlot] = k;
                if (++kSlot == signalPeriod) kSlot = 0;
                if (++kCount >= signalPeriod) d = kSum / signalPeriod;
            }
            oscillator[i] = k;
            if (wantsSignal) signal[i] = d;
            if (wantsJ) percentJ[i] = StochIncremental.PercentJ(k, d, kFactor, dFactor);
        }
    }
}
