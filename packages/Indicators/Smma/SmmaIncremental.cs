using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Smoothed (Wilder, RMA) moving average, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>Seeded with the SMA of the first N values at index N - 1, then <c>(prev * (N - 1) + value) / N</c>.</remarks>
public sealed class SmmaIncremental : IIndicator
{
    private SeededAverage _average;

    /// <param name="period">Bars of smoothing N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public SmmaIncremental(int period)
    {
        Validate(period);
        _average = new SeededAverage(period, Smoothing.Wilder(period));
    }

    /// <inheritdoc />
    public bool IsReady => _average.IsSeeded;

    /// <inheritdoc />
    public IndicatorDefinition Definition => SmmaCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the SMMA, null in warm-up.</summary>
    public double? Add(double value)
    {
        return _average.Update(value).ToNullable();
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _average.Value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "SMMA period must be at least 1 bar.");
    }
}
