using Trader.Indicators.Catalog;
using Trader.Indicators;
using Trader.Domain;
using static Trader.Strategies.SignalText;

namespace Trader.Strategies.Scalping;

/// <summary>
/// <c>scalping</c>: Bollinger Bands(band_period, band_std_dev) and a fast RSI(rsi_period) of closes. While flat (in its
/// own view), enter when the close is below the lower band and RSI is below oversold. While holding, exit at the
/// first candle where the close reaches the middle band, RSI rises above overbought, or max_hold_candles candles have
/// closed since the entry candle, in that order of precedence. The strategy tracks its own entries and exits only:
/// an exit taken by risk (stop loss) is not seen, so its time-box exit may still come later and is then ignored by a
/// flat engine. O(1) per candle.
/// </summary>
public sealed class ScalpingStrategy : IStrategy
{
    private const int Flat = -1;
    private static readonly int Middle = BollingerBandsCatalog.Definition.FieldIndex("middle");
    private static readonly int Lower = BollingerBandsCatalog.Definition.FieldIndex("lower");

    private readonly IIndicator _bands;
    private readonly IIndicator _rsi;
    private readonly double _oversold;
    private readonly double _overbought;
    private readonly int _maxHoldCandles;
    private int _heldCandles = Flat;

    /// <param name="parameters">Validated params.</param>
    public ScalpingStrategy(ScalpingParams parameters) : this(parameters, FreshIndicators.Instance)
    {
    }

    /// <param name="parameters">Validated params.</param>
    /// <param name="indicators">Where its indicators come from.</param>
    public ScalpingStrategy(ScalpingParams parameters, IIndicatorSource indicators)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(indicators);
        _bands = indicators.Create(BollingerBandsCatalog.Definition, [parameters.BandPeriod, parameters.BandStdDev]);
        _rsi = indicators.Create(RsiCatalog.Definition, [parameters.RsiPeriod]);
        _oversold = parameters.Oversold;
        _overbought = parameters.Overbought;
        _maxHoldCandles = parameters.MaxHoldCandles;
        Indicators = [new StrategyIndicator($"bb({parameters.BandPeriod},{parameters.BandStdDev})", _bands), new StrategyIndicator($"rsi{parameters.RsiPeriod}", _rsi)];
    }

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators { get; }

    /// <inheritdoc />
    public Signal OnCandle(in Candle candle)
    {
        double close = candle.Close;
        _bands.Add(candle);
        _rsi.Add(candle);
        double rsi = _rsi.Value(0);
        double middle = _bands.Value(Middle), lower = _bands.Value(Lower);

        if (_heldCandles != Flat)
        {
            _heldCandles++;
            var exit = close >= middle ? Signal.Exit((close, middle), static v => $"close {Format(v.close)} >= middle band {Format(v.middle)}")
                : rsi > _overbought ? Signal.Exit((rsi, level: _overbought), static v => $"rsi {Format(v.rsi)} > {Format(v.level)}")
                : _heldCandles >= _maxHoldCandles ? Signal.Exit((held: _heldCandles, max: _maxHoldCandles), static v => $"held {v.held} candles (max {v.max})")
                : Signal.None;
            if (exit.Kind == SignalKind.Exit) _heldCandles = Flat;
            return exit;
        }
        if (close < lower && rsi < _oversold)
        {
            _heldCandles = 0;
            return Signal.Enter((close, lower, rsi, level: _oversold), static v => $"close {Format(v.close)} < lower band {Format(v.lower)} and rsi {Format(v.rsi)} < {Format(v.level)}");
        }
        return Signal.None;
    }
}
