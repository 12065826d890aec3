using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Strategies.Rules;

/// <summary>The last few values of one series (a candle field or one indicator field) in a ring buffer.</summary>
internal sealed class SeriesBuffer(CandleField candleField, IIndicator? indicator, int field)
{
    private double[] _values = new double[1];
    private int _head = -1;
    private long _count;

    /// <summary>Values kept: the largest offset read, plus one.</summary>
    public int Capacity => _values.Length;

    public void EnsureCapacity(int capacity)
    {
        if (capacity > _values.Length) _values = new double[capacity];
    }

    public void Capture(in Candle candle)
    {
        double value = indicator is null ? candleField switch
        {
            CandleField.Open => candle.Open,
            CandleField.High => candle.High,
            CandleField.Low => candle.Low,
            CandleField.Close => candle.Close,
            _ => candle.Volume,
        } : indicator.Value(field);
        _head = _head + 1 == _values.Length ? 0 : _head + 1;
        _values[_head] = value;
        _count++;
        if (FirstDefinedCandle == 0 && !double.IsNaN(value)) FirstDefinedCandle = _count;
    }

    /// <summary>1-based candle at which this series first had a defined value; 0 while it never had one.</summary>
    public long FirstDefinedCandle { get; private set; }

    /// <summary>The value <paramref name="lag"/> candles back; NaN before the series has that much history.</summary>
    public double At(int lag)
    {
        if (lag >= _count) return double.NaN;
        int i = _head - lag;
        return _values[i < 0 ? i + _values.Length : i];
    }
}
