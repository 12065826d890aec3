using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Average True Range (Wilder), one candle at a time, with Stock.Indicators seeding: the first ATR, at index N,
/// is the simple mean of the true ranges of candles 1..N; then atr = (prev * (N - 1) + tr) / N.
/// </summary>
public sealed class AtrIncremental : IIndicator
{
    private AtrState _state;
    private double _atrp = double.NaN;

    /// <param name="period">Smoothing period N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public AtrIncremental(int period)
    {
        Validate(period);
        _state = new AtrState(period);
    }

    /// <summary>Checks the parameters every form of ATR takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"ATR period must be at least 1, got {period}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => AtrCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_state.Atr);

    /// <summary>The current ATR in price units; NaN until index N (for indicators built on ATR).</summary>
    internal double Current => _state.Atr;

    /// <summary>Feeds the next closed candle and returns true range, ATR and ATR%.</summary>
    public AtrResult Add(in Candle candle)
    {
        Update(candle);
        return new AtrResult(_state.Tr.ToNullable(), _state.Atr.ToNullable(), _atrp.ToNullable());
    }

    /// <summary>The kernel without building a result, for indicators built on ATR; returns the ATR (NaN in warm-up).</summary>
    internal double Update(in Candle candle)
    {
        double atr = _state.Update(candle.High, candle.Low, candle.Close);
        _atrp = AtrState.Percent(atr, candle.Close);
        return atr;
    }

    void IIndicator.Add(in Candle candle) => Update(candle);

    /// <inheritdoc />
    public double Value(int field) => field switch
    {
        0 => _state.Atr,
        1 => _state.Tr,
        2 => _atrp,
        _ => throw Definition.FieldOutOfRange(field),
    };
}
