using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Simple moving average of close, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>First value after <c>period</c> inputs (index period - 1).</remarks>
public sealed class SmaIncremental : IIndicator
{
    private readonly RollingMean _mean;
    private double _value = double.NaN;

    /// <param name="period">Bars in the window, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public SmaIncremental(int period)
    {
        Validate(period);
        Period = period;
        _mean = new RollingMean(period);
    }

    /// <summary>Bars in the window.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_value);

    /// <inheritdoc />
    public IndicatorDefinition Definition => SmaCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the mean of the last <see cref="Period"/> values, null in warm-up.</summary>
    public double? Add(double value) => (_value = _mean.Update(value)).ToNullable();

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "SMA period must be at least 1 bar.");
    }
}
