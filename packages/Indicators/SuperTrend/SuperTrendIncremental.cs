using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// SuperTrend over Wilder ATR(N), one candle at a time, with Stock.Indicators rules: at index N the trend is
/// bullish when close >= hl2; the upper band only falls unless the previous close broke above it, the lower
/// band only rises unless the previous close broke below it; a close at or through the active band flips the trend.
/// </summary>
/// <remarks>The reference library rounds its output through System.Decimal (~15 digits); we keep the double.</remarks>
public sealed class SuperTrendIncremental : IIndicator
{
    private readonly int _period;
    private readonly double _multiplier;
    private readonly AtrIncremental _atr;
    private int _index = -1;
    private double _prevClose = double.NaN;
    private double _upper = double.NaN;
    private double _lower = double.NaN;
    private bool _isBullish = true;
    private SuperTrendResult _last;

    /// <param name="period">ATR period N, at least 1.</param>
    /// <param name="multiplier">Band distance in ATRs, greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public SuperTrendIncremental(int period = 10, double multiplier = 3)
    {
        Validate(period, multiplier);
        _period = period;
        _multiplier = multiplier;
        _atr = new AtrIncremental(period);
    }

    /// <summary>Checks the parameters every form of SuperTrend takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1, or <paramref name="multiplier"/> is not above 0.</exception>
    public static void Validate(int period, double multiplier)
    {
        if (period < 1)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"SuperTrend period must be at least 1, got {period}.");
        if (!(multiplier > 0) || double.IsInfinity(multiplier))
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, $"SuperTrend multiplier must be a finite number above 0, got {multiplier}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => SuperTrendCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => _last.SuperTrend.HasValue;

    /// <summary>Feeds the next closed candle and returns the SuperTrend line and the active band.</summary>
    public SuperTrendResult Add(in Candle candle)
    {
        double atr = _atr.Update(candle);
        int i = ++_index;
        double prevClose = _prevClose;
        _prevClose = candle.Close;
        if (i < _period) return _last;

        double mid = (candle.High + candle.Low) / 2;
        double upperEval = mid + _multiplier * atr;
        double lowerEval = mid - _multiplier * atr;
        if (i == _period)
        {
            _isBullish = candle.Close >= mid;
            _upper = upperEval;
            _lower = lowerEval;
        }
        if (upperEval < _upper || prevClose > _upper) _upper = upperEval;
        if (lowerEval > _lower || prevClose < _lower) _lower = lowerEval;

        if (candle.Close <= (_isBullish ? _lower : _upper))
        {
            _isBullish = false;
            _last = new SuperTrendResult(_upper.ToNullable(), _upper.ToNullable(), null);
        }
        else
        {
            _isBullish = true;
            _last = new SuperTrendResult(_lower.ToNullable(), null, _lower.ToNullable());
        }
        return _last;
    }

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => (field switch
    {
        0 => _last.SuperTrend,
        1 => _last.UpperBand,
        2 => _last.LowerBand,
        _ => throw Definition.FieldOutOfRange(field),
    }) ?? double.NaN;
}
