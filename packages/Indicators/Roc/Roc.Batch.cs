namespace Trader.Indicators;

/// <summary>Rate of change over a whole series.</summary>
public static class RocBatch
{
    /// <summary>Momentum and ROC (percent) of <paramref name="values"/> over <paramref name="period"/> bars; null in warm-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static RocResult[] Roc(this ReadOnlySpan<double> values, int period)
    {
        using var columns = new Columns(2, values.Length);
        values.Roc(period, columns[0], columns[1]);
        var results = GC.AllocateUninitializedArray<RocResult>(values.Length); // every element is written below
        for (int i = 0; i < results.Length; i++) results[i] = new RocResult(Roc: columns[0][i].ToNullable(), Momentum: columns[1][i].ToNullable());
        return results;
    }

    /// <summary>
    /// Rate of change (percent), momentum of every input written into the caller's spans, one value per input, NaN where
    /// undefined: <c>closes.Roc(12, roc)</c>. An empty span other than the first is a field not wanted.
    /// </summary>
    /// <remarks>Allocates nothing.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">The first span is shorter than the input, or another span neither empty nor long enough.</exception>
    public static void Roc(this ReadOnlySpan<double> values, int period, Span<double> roc, Span<double> momentum = default)
    {
        RocIncremental.Validate(period);
        int n = values.Length;
        SeriesOutput.Require(roc, n, nameof(roc));
        bool wantsMomentum = SeriesOutput.Optional(momentum, n, nameof(momentum));
        for (int i = 0; i < n; i++)
        {
            double change = double.NaN, rate = double.NaN;
            if (i >= period) RocIncremental.Of(values[i], values[i - period], out change, out rate);
            roc[i] = rate;
            if (wantsMomentum) momentum[i] = change;
        }
    }
}
