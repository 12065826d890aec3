using Trader.Indicators.Catalog;
using Trader.Timeframes;

namespace Trader.Core.Strategies.Rules;

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
    }

    /// <summary>True once every value kept (the current one and each offset read) is defined.</summary>
    public bool IsWarm
    {
        get
        {
            if (_count < _values.Length) return false;
            foreach (double value in _values)
            {
                if (double.IsNaN(value)) return false;
            }
            return true;
        }
    }

    /// <summary>The value <paramref name="lag"/> candles back; NaN before the series has that much history.</summary>
    public double At(int lag)
    {
        if (lag >= _count) return double.NaN;
        int i = _head - lag;
        return _values[i < 0 ? i + _values.Length : i];
    }
}
