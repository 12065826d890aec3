using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Exponential moving average, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>k = 2 / (N + 1); seeded with the SMA of the first N values at index N - 1, then <c>(1 - k) * prev + k * value</c>.</remarks>
public sealed class EmaIncremental : IIndicator
{
    private SeededAverage _average;

    /// <param name="period">Bars of smoothing N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public EmaIncremental(int period)
    {
        Validate(period);
        _average = new SeededAverage(period, Smoothing.Ema(period));
    }

    /// <inheritdoc />
    public bool IsReady => _average.IsSeeded;

    /// <inheritdoc />
    public IndicatorDefinition Definition => EmaCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the EMA, null in warm-up.</summary>
    public double? Add(double value) => _average.Update(value).ToNullable();

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => _average.Update(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _average.Value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "EMA period must be at least 1 bar.");
    }
}
