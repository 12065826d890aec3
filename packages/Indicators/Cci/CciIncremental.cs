using Trader.Indicators.Catalog;
using Trader.Timeframes;

namespace Trader.Indicators;

/// <summary>Commodity channel index, one candle at a time: O(N) per update (mean absolute deviation), no allocation.</summary>
/// <remarks>
/// TP = (high + low + close) / 3; CCI = (TP - SMA(TP)) / (0.015 * mean absolute deviation of TP around that mean).
/// The deviation needs the whole window each bar, hence O(N) rather than O(1). First value at index N - 1;
/// null when the deviation is 0 (a flat window).
/// </remarks>
public sealed class CciIncremental : IIndicator
{
    private readonly RingBuffer _typical;
    private double _value = double.NaN;

    /// <param name="period">Bars in the window, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public CciIncremental(int period = 20)
    {
        Validate(period);
        _typical = new RingBuffer(period);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_value);

    /// <inheritdoc />
    public IndicatorDefinition Definition => CciCatalog.Definition;

    /// <summary>Adds the next closed candle; returns the CCI, null in warm-up or on a flat window.</summary>
    public double? Add(in Candle candle)
    {
        double typical = (candle.High + candle.Low + candle.Close) / 3;
        _typical.Push(typical);
        if (!_typical.IsFull) return null;

        int n = _typical.Capacity;
        double sum = 0;
        for (int j = n - 1; j >= 0; j--) sum += _typical[j];
        double mean = sum / n;
        double deviation = 0;
        for (int j = n - 1; j >= 0; j--) deviation += Math.Abs(_typical[j] - mean);
        deviation /= n;

        return (_value = deviation == 0 ? double.NaN : (typical - mean) / (0.015 * deviation)).ToNullable();
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "CCI period must be at least 1 bar.");
    }
}
