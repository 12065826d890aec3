namespace Trader.Indicators;

/// <summary>MACD over a whole series.</summary>
public static class MacdBatch
{
    /// <summary>MACD of <paramref name="values"/>; one result per input, null fields while undefined.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1, or fast is not less than slow.</exception>
    public static MacdResult[] Macd(this ReadOnlySpan<double> values, int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        MacdIncremental.Validate(fastPeriod, slowPeriod, signalPeriod);
        using var columns = new Columns(5, values.Length);
        values.Macd(fastPeriod, slowPeriod, signalPeriod, columns[0], columns[1], columns[2], columns[3], columns[4]);
        var results = GC.AllocateUninitializedArray<MacdResult>(values.Length); // every element is written below
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = new MacdResult(columns[0][i].ToNullable(), columns[1][i].ToNullable(), columns[2][i].ToNullable(),
                columns[3][i].ToNullable(), columns[4][i].ToNullable());
        }
        return results;
    }

    /// <summary>
    /// MACD of <paramref name="values"/> in one pass, written into the caller's spans (one value per input, NaN while
    /// undefined); allocates nothing. An empty span is a field not wanted: <c>closes.Macd(12, 26, 9, macd, signal, histogram)</c>.
    /// </summary>
    /// <param name="values">Closes.</param>
    /// <param name="fastPeriod">Bars of the fast EMA, at least 1 and less than <paramref name="slowPeriod"/>.</param>
    /// <param name="slowPeriod">Bars of the slow EMA.</param>
    /// <param name="signalPeriod">Bars of the signal EMA of MACD, at least 1.</param>
    /// <param name="macd">Fast EMA minus slow EMA, price units.</param>
    /// <param name="signal">EMA of MACD.</param>
    /// <param name="histogram">MACD minus signal.</param>
    /// <param name="fastEma">EMA of close over the fast period (empty: not wanted).</param>
    /// <param name="slowEma">EMA of close over the slow period (empty: not wanted).</param>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1, or fast is not less than slow.</exception>
    /// <exception cref="ArgumentException">A span is neither empty nor as long as <paramref name="values"/>.</exception>
    public static void Macd(this ReadOnlySpan<double> values, int fastPeriod, int slowPeriod, int signalPeriod,
        Span<double> macd, Span<double> signal = default, Span<double> histogram = default, Span<double> fastEma = default, Span<double> slowEma = default)
    {
        MacdIncremental.Validate(fastPeriod, slowPeriod, signalPeriod);
        int n = values.Length;
        bool wantsMacd = SeriesOutput.Optional(macd, n, nameof(macd));
        bool wantsSignal = SeriesOutput.Optional(signal, n, nameof(signal));
        bool wantsHistogram = SeriesOutput.Optional(histogram, n, nameof(histogram));
        bool wantsFast = SeriesOutput.Optional(fastEma, n, nameof(fastEma));
        bool wantsSlow = SeriesOutput.Optional(slowEma, n, nameof(slowEma));
        var state = new MacdState(fastPeriod, slowPeriod, signalPeriod);
        for (int i = 0; i < n; i++)
        {
            state.Update(values[i]);
            if (wantsMacd) macd[i] = state.Macd;
            if (wantsSignal) signal[i] = state.Signal;
            if (wantsHistogram) histogram[i] = state.Histogram;
            if (wantsFast) fastEma[i] = state.FastEma;
            if (wantsSlow) slowEma[i] = state.SlowEma;
        }
    }
}
