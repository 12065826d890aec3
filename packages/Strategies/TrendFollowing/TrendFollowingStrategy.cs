using Trader.Indicators.Catalog;
using Trader.Indicators;
using Trader.Domain;
using static Trader.Strategies.SignalText;

namespace Trader.Strategies.TrendFollowing;

/// <summary>
/// <c>trend_following</c>: EMA(ema_period) of closes, Supertrend(atr_period, atr_multiplier) and ADX(adx_period).
/// Exit when the Supertrend is bearish (the close fell to or through its lower band, or has not risen back above the
/// upper one). Enter when the close is above the EMA, the Supertrend is bullish and ADX is above adx_threshold
/// (skipped when the threshold is 0). Levels, tested on every candle; O(1) per candle.
/// </summary>
public sealed class TrendFollowingStrategy : IStrategy
{
    private static readonly int UpperBand = SuperTrendCatalog.Definition.FieldIndex("upper");
    private static readonly int LowerBand = SuperTrendCatalog.Definition.FieldIndex("lower");

    private readonly IIndicator _ema;
    private readonly IIndicator _superTrend;
    private readonly IIndicator? _adx;
    private readonly double _adxThreshold;
    private readonly string _emaName;

    /// <param name="parameters">Validated params.</param>
    public TrendFollowingStrategy(TrendFollowingParams parameters) : this(parameters, FreshIndicators.Instance)
    {
    }

    /// <param name="parameters">Validated params.</param>
    /// <param name="indicators">Where its indicators come from.</param>
    public TrendFollowingStrategy(TrendFollowingParams parameters, IIndicatorSource indicators)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(indicators);
        _ema = indicators.Create(EmaCatalog.Definition, [parameters.EmaPeriod]);
        _superTrend = indicators.Create(SuperTrendCatalog.Definition, [parameters.AtrPeriod, parameters.AtrMultiplier]);
        // With the filter off ADX is not read, so it is not computed (and does not lengthen the warm-up).
        _adx = parameters.AdxThreshold > 0 ? indicators.Create(AdxCatalog.Definition, [parameters.AdxPeriod]) : null;
        _adxThreshold = parameters.AdxThreshold;
        _emaName = "ema" + parameters.EmaPeriod;
        Indicators = _adx is null
            ? [new StrategyIndicator(_emaName, _ema), new StrategyIndicator($"supertrend({parameters.AtrPeriod},{parameters.AtrMultiplier})", _superTrend)]
            : [new StrategyIndicator(_emaName, _ema), new StrategyIndicator($"supertrend({parameters.AtrPeriod},{parameters.AtrMultiplier})", _superTrend), new StrategyIndicator($"adx{parameters.AdxPeriod}", _adx)];
    }

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators { get; }

    /// <inheritdoc />
    public Signal OnCandle(in Candle candle)
    {
        double close = candle.Close;
        _ema.Add(candle);
        _superTrend.Add(candle);
        _adx?.Add(candle);
        double ema = _ema.Value(0), upper = _superTrend.Value(UpperBand), lower = _superTrend.Value(LowerBand);
        double adx = _adx is null ? double.NaN : _adx.Value(0);

        if (!double.IsNaN(upper)) return Signal.Exit((close, upper), static v => $"supertrend down: close {Format(v.close)}, band {Format(v.upper)}");
        if (double.IsNaN(lower) || !(close > ema)) return Signal.None;
        if (_adx is null)
            return Signal.Enter((close, emaName: _emaName, ema, lower), static v => $"close {Format(v.close)} > {v.emaName} {Format(v.ema)}, supertrend up (band {Format(v.lower)})");
        if (adx > _adxThreshold)
            return Signal.Enter((close, emaName: _emaName, ema, lower, adx, threshold: _adxThreshold), static v => $"close {Format(v.close)} > {v.emaName} {Format(v.ema)}, supertrend up (band {Format(v.lower)}), adx {Format(v.adx)} > {Format(v.threshold)}");
        return Signal.None;
    }
}
