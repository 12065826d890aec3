using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Smoothed (Wilder, RMA) moving average, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>Seeded with the SMA of the first N values at index N - 1, then <c>(prev * (N - 1) + value) / N</c>.</remarks>
public sealed class SmmaIncremental : IIndicator
{
    private readonly int _period;
    private double _seedSum;
    private int _count;
    private double _value = double.NaN;

    /// <param name="period">Bars of smoothing N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public SmmaIncremental(int period)
    {
        Validate(period);
        _period = period;
    }

    /// <inheritdoc />
    public bool IsReady => _count >= _period;

    /// <inheritdoc />
    public IndicatorDefinition Definition => SmmaCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the SMMA, null in warm-up.</summary>
    public double? Add(double value)
    {
        if (_count >= _period) return _value = Smoothing.WilderStep(_value, value, _period);
        _seedSum += value;
        if (++_count == _period) _value = _seedSum / _period;
        return _value.ToNullable();
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "SMMA period must be at least 1 bar.");
    }
}
