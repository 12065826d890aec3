using System.Runtime.CompilerServices;

namespace Trader.Indicators;

/// <summary>
/// Wilder's RSI recurrence, shared by <see cref="RsiIncremental"/>, Stochastic RSI and the span batch form (which
/// runs the warm-up through <see cref="Update"/> and then the same <see cref="Step"/> with its state in registers).
/// </summary>
/// <remarks>
/// Gains and losses are close-to-close changes. The first value is at index N: average gain and loss are the
/// simple means of the changes at indices 1..N; after that, Wilder smoothing. When the average loss is 0 the value
/// is 100 (also for a flat series), as in the library.
/// </remarks>
internal struct RsiState
{
    private readonly int _period;
    private readonly Smoothing _wilder;
    private int _count;
    private double _previous;
    private double _avgGain;
    private double _avgLoss;

    public RsiState(int period)
    {
        _period = period;
        _wilder = Smoothing.Wilder(period);
        Value = double.NaN;
    }

    /// <summary>The current RSI (0..100); NaN in warm-up.</summary>
    public double Value { readonly get; private set; }

    /// <summary>True once the first RSI (index N) was produced.</summary>
    public readonly bool IsReady => _count > _period;

    /// <summary>Adds the next close; returns the RSI, NaN in warm-up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per candle of a one-shot backtest: jitted optimised at once, not tier-0 code a single replay never leaves
    public double Update(double value)
    {
        if (_count > _period) return Value = Step(value, _wilder, ref _previous, ref _avgGain, ref _avgLoss);

        if (_count == 0)
        {
            _count = 1;
            _previous = value;
            return double.NaN;
        }

        // Seeding: sum the first N changes, then turn them into means.
        Split(value - _previous, out double gain, out double loss);
        _previous = value;
        _avgGain += gain;
        _avgLoss += loss;
        if (_count++ < _period) return double.NaN;
        _avgGain /= _period;
        _avgLoss /= _period;
        return Value = Index(_avgGain, _avgLoss);
    }

    /// <summary>
    /// Writes the RSI of every value of <paramref name="values"/> into <paramref name="output"/>: warm-up through
    /// <see cref="Update"/>, then <see cref="Step"/> on locals.
    /// </summary>
    public void Write(ReadOnlySpan<double> values, Span<double> output)
    {
        int i = 0;
        for (; i < values.Length && !IsReady; i++) output[i] = Update(values[i]);
        if (i == values.Length) return;

        output = output[..values.Length];
        double previous = _previous, avgGain = _avgGain, avgLoss = _avgLoss, rsi = Value;
        var wilder = _wilder;
        for (; i < values.Length; i++) output[i] = rsi = Step(values[i], wilder, ref previous, ref avgGain, ref avgLoss);
        (_previous, _avgGain, _avgLoss, Value) = (previous, avgGain, avgLoss, rsi);
    }

    // One Wilder step after seeding; the single copy of the formula that Update and Write share.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Step(double value, Smoothing wilder, ref double previous, ref double avgGain, ref double avgLoss)
    {
        Split(value - previous, out double gain, out double loss);
        previous = value;
        avgGain = wilder.Step(avgGain, gain);
        avgLoss = wilder.Step(avgLoss, loss);
        return Index(avgGain, avgLoss);
    }

    // Branch-free split of a change into gain and loss (exact for any change below 8e307: doubling and halving lose
    // nothing): on a random walk the sign of the change is a coin flip, and a mispredicted branch per bar cost a third of the time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Split(double change, out double gain, out double loss)
    {
        double magnitude = Math.Abs(change);
        gain = (magnitude + change) * 0.5;
        loss = (magnitude - change) * 0.5;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Index(double avgGain, double avgLoss) => avgLoss > 0 ? 100 - 100 / (1 + avgGain / avgLoss) : 100;
}
