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
    private readonly EmaIncremental _ema;
    private readonly SuperTrendIncremental _superTrend;
    private readonly AdxIncremental? _adx;
    private readonly double _adxThreshold;
    private readonly string _emaName;

    /// <param name="parameters">Validated params.</param>
    public TrendFollowingStrategy(TrendFollowingParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _ema = new EmaIncremental(parameters.EmaPeriod);
        _superTrend = new SuperTrendIncremental(parameters.AtrPeriod, parameters.AtrMultiplier);
        // With the filter off ADX is not read, so it is not computed (and does not lengthen the warm-up).
        _adx = parameters.AdxThreshold > 0 ? new AdxIncremental(parameters.AdxPeriod) : null;
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
        double ema = _ema.Add(close) ?? double.NaN;
        var trend = _superTrend.Add(candle);
        double adx = _adx is null ? double.NaN : _adx.Add(candle).Adx ?? double.NaN;

        if (trend.UpperBand is { } upper) return Signal.Exit($"supertrend down: close {Format(close)}, band {Format(upper)}");
        if (trend.LowerBand is not { } lower || !(close > ema)) return Signal.None;
        if (_adx is null)
            return Signal.Enter($"close {Format(close)} > {_emaName} {Format(ema)}, supertrend up (band {Format(lower)})");
        if (adx > _adxThreshold)
            return Signal.Enter($"close {Format(close)} > {_emaName} {Format(ema)}, supertrend up (band {Format(lower)}), adx {Format(adx)} > {Format(_adxThreshold)}");
        return Signal.None;
    }
}
