using Trader.Indicators;
using Trader.Indicators.Catalog;
using Trader.Domain;
using static Trader.Strategies.SignalText;

namespace Trader.Strategies.RsiMacd;

/// <summary>
/// <c>rsi_macd</c>, exactly the rules
/// <c>exit: rsi &gt; overbought or macd crosses_below macd.signal</c> and
/// <c>entry: rsi &lt; oversold and macd crosses_above macd.signal</c>
/// over RSI(rsi_period) and MACD(macd_fast, macd_slow, macd_signal) of closes, with the rules language's semantics:
/// the exit is tested first and wins, an undefined value never fires (but the RSI half of the exit can fire before
/// MACD is warm), crosses as in <see cref="Crossing"/>. O(1) per candle.
/// </summary>
public sealed class RsiMacdStrategy : IStrategy
{
    private readonly IIndicator _rsi;
    private readonly IIndicator _macd;
    private readonly double _oversold;
    private readonly double _overbought;
    private double _previousMacd = double.NaN;
    private double _previousSignal = double.NaN;

    /// <param name="parameters">Validated params.</param>
    public RsiMacdStrategy(RsiMacdParams parameters) : this(parameters, FreshIndicators.Instance)
    {
    }

    /// <param name="parameters">Validated params.</param>
    /// <param name="indicators">Where its indicators come from.</param>
    public RsiMacdStrategy(RsiMacdParams parameters, IIndicatorSource indicators)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(indicators);
        _rsi = indicators.Create(RsiCatalog.Definition, [parameters.RsiPeriod]);
        _macd = indicators.Create(MacdCatalog.Definition, [parameters.MacdFast, parameters.MacdSlow, parameters.MacdSignal]);
        _oversold = parameters.Oversold;
        _overbought = parameters.Overbought;
        Indicators = [new StrategyIndicator($"rsi{parameters.RsiPeriod}", _rsi), new StrategyIndicator($"macd({parameters.MacdFast},{parameters.MacdSlow},{parameters.MacdSignal})", _macd)];
    }

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators { get; }

    /// <inheritdoc />
    public Signal OnCandle(in Candle candle)
    {
        _rsi.Add(candle);
        _macd.Add(candle);
        double rsi = _rsi.Value(0), macd = _macd.Value(0), signal = _macd.Value(1);
        double previousMacd = _previousMacd, previousSignal = _previousSignal;
        _previousMacd = macd;
        _previousSignal = signal;

        if (rsi > _overbought)
            return Signal.Exit((rsi, level: _overbought), static v => $"rsi {Format(v.rsi)} > {Format(v.level)}");
        if (Crossing.Below(previousMacd, previousSignal, macd, signal))
            return Signal.Exit((macd, signal), static v => $"macd {Format(v.macd)} crossed below signal {Format(v.signal)}");
        if (rsi < _oversold && Crossing.Above(previousMacd, previousSignal, macd, signal))
            return Signal.Enter((rsi, level: _oversold, macd, signal), static v => $"rsi {Format(v.rsi)} < {Format(v.level)} and macd {Format(v.macd)} crossed above signal {Format(v.signal)}");
        return Signal.None;
    }
}
