using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Williams %R (-100..0), one candle at a time: amortized O(1), no allocation per update.</summary>
/// <remarks>
/// The fast stochastic %K minus 100, as in the library: 100 * (close - highest high) / (highest high - lowest low)
/// over the last N bars. First value at index N - 1. A flat window (highest = lowest) gives -100.
/// </remarks>
public sealed class WilliamsRIncremental : IIndicator
{
    private readonly StochasticCore _stoch;
    private double _value = double.NaN;

    /// <param name="period">Bars for the highest high and lowest low, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public WilliamsRIncremental(int period = 14)
    {
        Validate(period);
        _stoch = new StochasticCore(period, signal: 1, smooth: 1);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_value);

    /// <inheritdoc />
    public IndicatorDefinition Definition => WilliamsRCatalog.Definition;

    /// <summary>Adds the next closed candle; returns %R (-100..0), null in warm-up.</summary>
    public double? Add(in Candle candle)
    {
        _stoch.Add(candle.High, candle.Low, candle.Close);
        return (_value = _stoch.Oscillator - 100).ToNullable();
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "Williams %R period must be at least 1 bar.");
    }
}
