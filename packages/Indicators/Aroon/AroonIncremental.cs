using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Aroon up, down and oscillator, one candle at a time: amortized O(1), no allocation per update.</summary>
/// <remarks>
/// Looks at the last N + 1 bars (the current one and N before it); first value at index N. On ties the earliest
/// bar counts, as in the library, so a flat series gives up = down = 0 and oscillator 0.
/// </remarks>
public sealed class AroonIncremental : IIndicator
{
    private readonly int _period;
    private readonly ExtremumWindow _highs;
    private readonly ExtremumWindow _lows;
    private long _position;
    private double _up = double.NaN;
    private double _down = double.NaN;

    /// <param name="period">Bars back N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public AroonIncremental(int period = 25)
    {
        Validate(period);
        _period = period;
        _highs = new ExtremumWindow(period + 1, isMax: true);
        _lows = new ExtremumWindow(period + 1, isMax: false);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_up);

    /// <inheritdoc />
    public IndicatorDefinition Definition => AroonCatalog.Definition;

    /// <summary>Adds the next closed candle; returns up, down and oscillator, null in warm-up.</summary>
    public AroonResult Add(in Candle candle)
    {
        Update(candle);
        return new AroonResult(_up.ToNullable(), _down.ToNullable(), (_up - _down).ToNullable());
    }

    private void Update(in Candle candle)
    {
        _highs.Add(_position, candle.High);
        _lows.Add(_position, candle.Low);
        if (_position++ < _period) return;
        long current = _position - 1;
        _up = 100.0 * (_period - (current - _highs.Position)) / _period;
        _down = 100.0 * (_period - (current - _lows.Position)) / _period;
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Update(candle);

    /// <inheritdoc />
    /// <remarks>Fields: 0 oscillator, 1 aroon_up, 2 aroon_down.</remarks>
    public double Value(int field) => field switch
    {
        0 => _up - _down,
        1 => _up,
        2 => _down,
        _ => throw Definition.FieldOutOfRange(field),
    };

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "Aroon period must be at least 1 bar.");
    }
}
