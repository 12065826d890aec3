using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// ATR trailing stop (Wilder), one candle at a time, with Stock.Indicators rules: from index N, bands at
/// close (or high/low) +/- k * ATR(N); the upper band only falls unless the previous close broke above it,
/// the lower only rises unless the previous close broke below it; the initial direction is bullish when the
/// close at index N is not below the previous close; a close at or through the active band flips it.
/// </summary>
public sealed class AtrStopIncremental : IIndicator
{
    private readonly int _period;
    private readonly double _multiplier;
    private readonly AtrStopEnd _end;
    private readonly AtrIncremental _atr;
    private int _index = -1;
    private double _prevClose = double.NaN;
    private double _upper = double.MaxValue;
    private double _lower = double.MinValue;
    private bool _isBullish = true;
    private AtrStopResult _last;

    /// <param name="period">ATR period N, at least 1.</param>
    /// <param name="multiplier">Band distance in ATRs, greater than 0.</param>
    /// <param name="end">Price the bands are offset from.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public AtrStopIncremental(int period = 21, double multiplier = 3, AtrStopEnd end = AtrStopEnd.Close)
    {
        Validate(period, multiplier, end);
        _period = period;
        _multiplier = multiplier;
        _end = end;
        _atr = new AtrIncremental(period);
    }

    /// <summary>Checks the parameters every form of the ATR trailing stop takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static void Validate(int period, double multiplier, AtrStopEnd end)
    {
        if (period < 1)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"ATR stop period must be at least 1, got {period}.");
        if (!(multiplier > 0) || double.IsInfinity(multiplier))
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, $"ATR stop multiplier must be a finite number above 0, got {multiplier}.");
        if (!Enum.IsDefined(end))
            throw new ArgumentOutOfRangeException(nameof(end), end, $"ATR stop end must be Close (0) or HighLow (1), got {(int)end}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => AtrStopCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => _last.AtrStop.HasValue;

    /// <summary>Feeds the next closed candle and returns the active stop.</summary>
    public AtrStopResult Add(in Candle q)
    {
        double atr = _atr.Update(q);
        int i = ++_index;
        double prevClose = _prevClose;
        _prevClose = q.Close;
        if (i < _period) return _last;
        if (i == _period) _isBullish = q.Close >= prevClose;

        double upperEval, lowerEval;
        if (_end == AtrStopEnd.Close)
        {
            upperEval = q.Close + _multiplier * atr;
            lowerEval = q.Close - _multiplier * atr;
        }
        else
        {
            upperEval = q.High + _multiplier * atr;
            lowerEval = q.Low - _multiplier * atr;
        }
        if (upperEval < _upper || prevClose > _upper) _upper = upperEval;
        if (lowerEval > _lower || prevClose < _lower) _lower = lowerEval;

        if (q.Close <= (_isBullish ? _lower : _upper))
        {
            _isBullish = false;
            _last = new AtrStopResult(_upper.ToNullable(), _upper.ToNullable(), null, atr.ToNullable());
        }
        else
        {
            _isBullish = true;
            _last = new AtrStopResult(_lower.ToNullable(), null, _lower.ToNullable(), atr.ToNullable());
        }
        return _last;
    }

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => (field switch
    {
        0 => _last.AtrStop,
        1 => _last.BuyStop,
        2 => _last.SellStop,
        3 => _last.Atr,
        _ => throw Definition.FieldOutOfRange(field),
    }) ?? double.NaN;
}
