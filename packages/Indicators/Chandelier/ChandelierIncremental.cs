using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Chandelier Exit, one candle at a time, as in Stock.Indicators: from index N, for a long the highest high of
/// the last N candles (current included) minus k * ATR(N); for a short the lowest low plus k * ATR(N). Price units.
/// </summary>
public sealed class ChandelierIncremental : IIndicator
{
    private readonly int _period;
    private readonly double _offset; // +k for a short, -k for a long
    private readonly AtrIncremental _atr;
    private readonly ExtremumWindow _extreme;
    private int _index = -1;
    private double _exit = double.NaN;

    /// <param name="period">Lookback and ATR period N, at least 1.</param>
    /// <param name="multiplier">Distance in ATRs, greater than 0.</param>
    /// <param name="direction">Long or short exit.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public ChandelierIncremental(int period = 22, double multiplier = 3, ChandelierDirection direction = ChandelierDirection.Long)
    {
        Validate(period, multiplier, direction);
        _period = period;
        _offset = direction == ChandelierDirection.Long ? -multiplier : multiplier;
        _atr = new AtrIncremental(period);
        _extreme = new ExtremumWindow(period, isMax: direction == ChandelierDirection.Long);
    }

    /// <summary>Checks the parameters every form of the Chandelier Exit takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static void Validate(int period, double multiplier, ChandelierDirection direction)
    {
        if (period < 1)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"Chandelier period must be at least 1, got {period}.");
        if (!(multiplier > 0) || double.IsInfinity(multiplier))
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, $"Chandelier multiplier must be a finite number above 0, got {multiplier}.");
        if (!Enum.IsDefined(direction))
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"Chandelier direction must be Long (0) or Short (1), got {(int)direction}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => ChandelierCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_exit);

    /// <summary>Feeds the next closed candle and returns the exit price (null before index N).</summary>
    public double? Add(in Candle candle)
    {
        double atr = _atr.Update(candle);
        _extreme.Add(++_index, _offset < 0 ? candle.High : candle.Low);
        if (_index >= _period) _exit = _extreme.Value + _offset * atr;
        return _exit.ToNullable();
    }

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _exit : throw Definition.FieldOutOfRange(field);
}
