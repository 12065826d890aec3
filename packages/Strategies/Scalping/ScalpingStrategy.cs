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

    private readonly BollingerBandsIncremental _bands;
    private readonly RsiIncremental _rsi;
    private readonly double _oversold;
    private readonly double _overbought;
    private readonly int _maxHoldCandles;
    private int _heldCandles = Flat;

    /// <param name="parameters">Validated params.</param>
    public ScalpingStrategy(ScalpingParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _bands = new BollingerBandsIncremental(parameters.BandPeriod, parameters.BandStdDev);
        _rsi = new RsiIncremental(parameters.RsiPeriod);
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
        var bands = _bands.Add(close);
        double rsi = _rsi.Add(close) ?? double.NaN;
        double middle = bands.Sma ?? double.NaN, lower = bands.LowerBand ?? double.NaN;

        if (_heldCandles != Flat)
        {
            _heldCandles++;
            var exit = close >= middle ? Signal.Exit($"close {Format(close)} >= middle band {Format(middle)}")
                : rsi > _overbought ? Signal.Exit($"rsi {Format(rsi)} > {Format(_overbought)}")
                : _heldCandles >= _maxHoldCandles ? Signal.Exit($"held {_heldCandles} candles (max {_maxHoldCandles})")
                : Signal.None;
            if (exit.Kind == SignalKind.Exit) _heldCandles = Flat;
            return exit;
        }
        if (close < lower && rsi < _oversold)
        {
            _heldCandles = 0;
            return Signal.Enter($"close {Format(close)} < lower band {Format(lower)} and rsi {Format(rsi)} < {Format(_oversold)}");
        }
        return Signal.None;
    }
}
