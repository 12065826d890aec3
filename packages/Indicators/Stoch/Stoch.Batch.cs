using Trader.Domain;

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

        // Rings of the last raw %K values and %K values for the two SMAs (evicting 0 while filling, as RollingMean
        // does), then the window extremes' working memory.
        int rangeLength = CandleRange.ScratchLength(lookbackPeriod);
        using var scratch = new Scratch(smoothPeriod + signalPeriod + rangeLength, stackalloc double[Scratch.StackLength]);
        Write(candles, lookbackPeriod, signalPeriod, smoothPeriod, oscillator, wantsSignal ? signal : default, wantsJ ? percentJ : default,
            kFactor, dFactor, scratch.Span);
    }

    // The loop, out of the method with the stack buffer (see Scratch).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Write(ReadOnlySpan<Candle> candles, int lookbackPeriod, int signalPeriod, int smoothPeriod,
        Span<double> oscillator, Span<double> signal, Span<double> percentJ, double kFactor, double dFactor, Span<double> scratch)
    {
        int n = candles.Length;
        bool wantsSignal = !signal.IsEmpty, wantsJ = !percentJ.IsEmpty;
        var rawRing = scratch[..smoothPeriod];
        var kRing = scratch.Slice(smoothPeriod, signalPeriod);
        rawRing.Clear();
        kRing.Clear();
        var suffixHigh = scratch.Slice(smoothPeriod + signalPeriod, lookbackPeriod + 1);
        var suffixLow = scratch.Slice(smoothPeriod + signalPeriod + lookbackPeriod + 1, lookbackPeriod + 1);
        CandleRange.Reset(suffixHigh, suffixLow);
        int blockStart = 0;
        double prefixHigh = 0, prefixLow = 0;
        double rawSum = 0, kSum = 0, inverseSmooth = 1.0 / smoothPeriod, inverseSignal = 1.0 / signalPeriod;
        int rawSlot = 0, kSlot = 0, rawCount = 0, kCount = 0;

        for (int i = 0; i < n; i++)
        {
            // Window extremes (CandleRange): the previous block's suffix plus the current block's running prefix.
            if (i - blockStart == lookbackPeriod)
            {
                blockStart = i;
                CandleRange.Suffixes(candles.Slice(i - lookbackPeriod, lookbackPeriod), suffixHigh, suffixLow);
            }
            int offset = i - blockStart;
            ref readonly var c = ref candles[i];
            prefixHigh = offset == 0 ? c.High : Math.Max(prefixHigh, c.High);
            prefixLow = offset == 0 ? c.Low : Math.Min(prefixLow, c.Low);
            double highest = Math.Max(suffixHigh[offset + 1], prefixHigh);
            double lowest = Math.Min(suffixLow[offset + 1], prefixLow);
            if (i < lookbackPeriod - 1)
            {
                oscillator[i] = double.NaN;
                if (wantsSignal) signal[i] = double.NaN;
                if (wantsJ) percentJ[i] = double.NaN;
                continue;
            }
            double raw = StochasticCore.RawK(c.Close, highest, lowest);
            rawSum += raw - rawRing[rawSlot];
            rawRing[rawSlot] = raw;
            if (++rawSlot == smoothPeriod) rawSlot = 0;
            double k = double.NaN, d = double.NaN;
            if (++rawCount >= smoothPeriod)
            {
                k = RollingMean.Mean(rawSum, inverseSmooth);
                kSum += k - kRing[kSlot];
                kRing[kSlot] = k;
                if (++kSlot == signalPeriod) kSlot = 0;
                if (++kCount >= signalPeriod) d = RollingMean.Mean(kSum, inverseSignal);
            }
            oscillator[i] = k;
            if (wantsSignal) signal[i] = d;
            if (wantsJ) percentJ[i] = StochIncremental.PercentJ(k, d, kFactor, dFactor);
        }
    }
}
