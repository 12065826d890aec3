using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Exponential moving average, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>k = 2 / (N + 1); seeded with the SMA of the first N values at index N - 1, then <c>prev + k * (value - prev)</c>.</remarks>
public sealed class EmaIncremental : IIndicator
{
    private readonly int _period;
    private readonly double _k;
    private double _seedSum;
    private int _count;
    private double _value = double.NaN;

    /// <param name="period">Bars of smoothing N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public EmaIncremental(int period)
    {
        Validate(period);
        _period = period;
        _k = Smoothing.EmaFactor(period);
    }

    /// <inheritdoc />
    public bool IsReady => _count >= _period;

    /// <inheritdoc />
    public IndicatorDefinition Definition => EmaCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the EMA, null in warm-up.</summary>
    public double? Add(double value) => Update(value).ToNullable();

    /// <summary>NaN-based step shared with indicators built on EMA (MACD).</summary>
    internal double Update(double value)
    {
        if (_count >= _period) return _value = Smoothing.EmaStep(_value, value, _k);
        _seedSum += value;
        if (++_count == _period) _value = _seedSum / _period;
        return _value;
    }

    /// <summary>
    /// Adds every value of <paramref name="values"/> in order, writing each result to <paramref name="results"/>:
    /// the same steps as <see cref="Add"/> with the state kept in registers (the batch form's fast path).
    /// </summary>
    internal void AddRange(ReadOnlySpan<double> values, Span<double?> results)
    {
        int i = 0;
        for (; i < values.Length && _count < _period; i++) results[i] = Update(values[i]).ToNullable();
        double ema = _value;
        double k = _k;
        for (; i < values.Length; i++)
        {
            ema = Smoothing.EmaStep(ema, values[i], k);
            results[i] = ema;
        }
        _value = ema;
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Update(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "EMA period must be at least 1 bar.");
    }
}
