using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Triple exponential moving average 3 * EMA1 - 3 * EMA2 + EMA3, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>
/// As in the library, EMA1, EMA2 and EMA3 are all seeded with SMA(N) of close at index N - 1, so the first value is at N - 1.
/// </remarks>
public sealed class TemaIncremental : IIndicator
{
    private readonly EmaCascade _emas;
    private double _value = double.NaN;

    /// <param name="period">Bars of smoothing N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public TemaIncremental(int period)
    {
        Validate(period);
        _emas = new EmaCascade(period, depth: 3);
    }

    /// <inheritdoc />
    public bool IsReady => _emas.IsSeeded;

    /// <inheritdoc />
    public IndicatorDefinition Definition => TemaCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the TEMA, null in warm-up.</summary>
    public double? Add(double value)
    {
        _emas.Update(value);
        return (_value = 3 * _emas.Level1 - 3 * _emas.Level2 + _emas.Level3).ToNullable();
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "TEMA period must be at least 1 bar.");
    }
}
