using System.Runtime.CompilerServices;
using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Wilder's relative strength index of close (0..100), one value at a time: O(1), no allocation per update.</summary>
/// <remarks>
/// Gains and losses are close-to-close changes. The first value is at index N: average gain and loss are the
/// simple means of the changes at indices 1..N; after that, Wilder smoothing <c>(prev * (N - 1) + x) / N</c>.
/// When the average loss is 0 the value is 100 (also for a flat series), as in the library.
/// </remarks>
public sealed class RsiIncremental : IIndicator
{
    private readonly int _period;
    private int _count;
    private double _previous;
    private double _avgGain;
    private double _avgLoss;
    private double _value = double.NaN;

    /// <param name="period">Bars N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public RsiIncremental(int period)
    {
        Validate(period);
        _period = period;
    }

    /// <inheritdoc />
    public bool IsReady => _count > _period;

    /// <inheritdoc />
    public IndicatorDefinition Definition => RsiCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the RSI (0..100), null in warm-up.</summary>
    public double? Add(double value) => Update(value).ToNullable();

    /// <summary>NaN-based step shared with Stochastic RSI.</summary>
    internal double Update(double value)
    {
        if (_count > _period) return _value = Step(value, _period, ref _previous, ref _avgGain, ref _avgLoss);

        if (_count == 0)
        {
            _count = 1;
            _previous = value;
            return double.NaN;
        }

        // Seeding: sum the first N changes, then turn them into means.
        double change = value - _previous;
        _previous = value;
        _avgGain += change > 0 ? change : 0;
        _avgLoss += change < 0 ? -change : 0;
        if (_count++ < _period) return double.NaN;
        _avgGain /= _period;
        _avgLoss /= _period;
        return _value = Index(_avgGain, _avgLoss);
    }

    /// <summary>
    /// Adds every value of <paramref name="values"/> in order, writing each result to <paramref name="results"/>:
    /// the same steps as <see cref="Add"/> with the state kept in locals (the batch form's fast path).
    /// </summary>
    internal void AddRange(ReadOnlySpan<double> values, Span<double?> results)
    {
        int i = 0;
        for (; i < values.Length && _count <= _period; i++) results[i] = Update(values[i]).ToNullable();
        if (i == values.Length) return;

        double previous = _previous, avgGain = _avgGain, avgLoss = _avgLoss, value = _value;
        for (; i < values.Length; i++)
        {
            value = Step(values[i], _period, ref previous, ref avgGain, ref avgLoss);
            results[i] = value;
        }
        (_previous, _avgGain, _avgLoss, _value) = (previous, avgGain, avgLoss, value);
    }

    // One Wilder step after seeding; the single copy of the formula that Update and AddRange share.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Step(double value, int period, ref double previous, ref double avgGain, ref double avgLoss)
    {
        double change = value - previous;
        previous = value;
        // Branch-free split into gain and loss (exact for any change below 8e307: doubling and halving lose nothing):
        // on a random walk the sign of the change is a coin flip, and a mispredicted branch per bar cost a third of the time.
        double magnitude = Math.Abs(change);
        avgGain = Smoothing.WilderStep(avgGain, (magnitude + change) * 0.5, period);
        avgLoss = Smoothing.WilderStep(avgLoss, (magnitude - change) * 0.5, period);
        return Index(avgGain, avgLoss);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Index(double avgGain, double avgLoss) => avgLoss > 0 ? 100 - 100 / (1 + avgGain / avgLoss) : 100;

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Update(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "RSI period must be at least 1 bar.");
    }
}
