using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Linearly weighted moving average, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>
/// Weights N for the newest value down to 1 for the oldest, divided by N(N+1)/2. The weighted sum rolls:
/// W' = W + N * value - S, with S the plain sum of the previous window.
/// </remarks>
public sealed class WmaIncremental : IIndicator
{
    private readonly RingBuffer _window;
    private readonly int _period;
    private readonly double _divisor;
    private double _sum;
    private double _weightedSum;
    private double _value = double.NaN;

    /// <param name="period">Bars in the window, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public WmaIncremental(int period)
    {
        Validate(period);
        _period = period;
        _divisor = period * (period + 1) / 2.0;
        _window = new RingBuffer(period);
    }

    /// <inheritdoc />
    public bool IsReady => _window.IsFull;

    /// <inheritdoc />
    public IndicatorDefinition Definition => WmaCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the WMA, null in warm-up.</summary>
    public double? Add(double value) => Update(value).ToNullable();

    /// <summary>NaN-based step shared with HMA.</summary>
    internal double Update(double value)
    {
        // While filling, the value at position c (1-based) already has its final weight c; once full,
        // every weight drops by one (minus the old sum, which also removes the weight-1 oldest value).
        bool wasFull = _window.IsFull;
        double evicted = _window.Push(value);
        _weightedSum = wasFull ? _weightedSum + _period * value - _sum : _weightedSum + _window.Count * value;
        _sum += value - evicted;
        return _value = _window.IsFull ? _weightedSum / _divisor : double.NaN;
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Update(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "WMA period must be at least 1 bar.");
    }
}
