using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Volume-weighted moving average of close, one candle at a time: O(1), no allocation per update.</summary>
/// <remarks>sum(close * volume) / sum(volume) over the last N bars; first value at index N - 1; null when the window's volume is 0.</remarks>
public sealed class VwmaIncremental : IIndicator
{
    private readonly WindowSum _priceVolume;
    private readonly WindowSum _volume;
    private double _value = double.NaN;

    /// <param name="period">Bars in the window, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public VwmaIncremental(int period = 10)
    {
        Validate(period);
        _priceVolume = new WindowSum(period);
        _volume = new WindowSum(period);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_value);

    /// <inheritdoc />
    public IndicatorDefinition Definition => VwmaCatalog.Definition;

    /// <summary>Adds the next closed candle; returns the VWMA, null in warm-up or when the window has no volume.</summary>
    public double? Add(in Candle candle)
    {
        _priceVolume.Add(candle.Close * candle.Volume);
        _volume.Add(candle.Volume);
        return (_value = _volume.IsFull && !_volume.IsAllZero ? _priceVolume.Sum / _volume.Sum : double.NaN).ToNullable();
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "VWMA period must be at least 1 bar.");
    }
}
