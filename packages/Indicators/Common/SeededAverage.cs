using System.Runtime.CompilerServices;

namespace Trader.Indicators;

/// <summary>
/// An exponentially smoothed average seeded with the simple mean of its first N values (EMA, SMMA and the three
/// EMAs of MACD): NaN for the first N - 1 values, the mean at the N-th, then one <see cref="Smoothing"/> step per value.
/// A struct, so incremental kernels hold it in a field and span batch forms on the stack; both run this one copy.
/// </summary>
internal struct SeededAverage
{
    private readonly int _period;
    private readonly Smoothing _smoothing;
    private double _seedSum;
    private int _count;

    public SeededAverage(int period, Smoothing smoothing)
    {
        _period = period;
        _smoothing = smoothing;
        Value = double.NaN;
    }

    /// <summary>The current average; NaN until N values were added.</summary>
    public double Value { readonly get; private set; }

    /// <summary>True once the seed (the N-th value) was added.</summary>
    public readonly bool IsSeeded => _count >= _period;

    /// <summary>The smoothing step, for loops that run the seeded average in a register.</summary>
    public readonly Smoothing Smoothing => _smoothing;

    /// <summary>Adds the next value; returns the average (NaN before the N-th value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double value)
    {
        if (_count >= _period) return Value = _smoothing.Step(Value, value);
        _seedSum += value;
        if (++_count == _period) Value = _seedSum / _period;
        return Value;
    }

    /// <summary>
    /// The average of every value of <paramref name="values"/> into <paramref name="output"/> (same length, NaN before
    /// the seed): the seed through <see cref="Update"/>, then the steps with the average held in a register.
    /// </summary>
    public void Write(ReadOnlySpan<double> values, Span<double> output)
    {
        int i = 0;
        for (; i < values.Length && !IsSeeded; i++) output[i] = Update(values[i]);
        if (i == values.Length) return;
        output = output[..values.Length];
        double average = Value;
        var smoothing = _smoothing;
        for (; i < values.Length; i++) output[i] = average = smoothing.Step(average, values[i]);
        Value = average;
    }
}
