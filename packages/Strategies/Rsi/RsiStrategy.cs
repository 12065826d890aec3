using System.Runtime.CompilerServices;
using Trader.Indicators.Catalog;
using Trader.Indicators;
using Trader.Domain;
using static Trader.Strategies.SignalText;

namespace Trader.Strategies.Rsi;

/// <summary>
/// <c>rsi</c>: RSI(period) of closes. Exit when RSI crosses below <see cref="RsiParams.Overbought"/>
/// (previous &gt;= overbought, now &lt; overbought); enter when it crosses above <see cref="RsiParams.Oversold"/>
/// (previous &lt;= oversold, now &gt; oversold), i.e. when the price starts to recover from oversold. O(1) per candle.
/// </summary>
public sealed class RsiStrategy : IStrategy
{
    private readonly IIndicator _rsi;
    private readonly double _oversold;
    private readonly double _overbought;
    private double _previous = double.NaN;

    /// <param name="parameters">Validated params.</param>
    public RsiStrategy(RsiParams parameters) : this(parameters, FreshIndicators.Instance)
    {
    }

    /// <param name="parameters">Validated params.</param>
    /// <param name="indicators">Where its RSI comes from.</param>
    public RsiStrategy(RsiParams parameters, IIndicatorSource indicators)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(indicators);
        _rsi = indicators.Create(RsiCatalog.Definition, [parameters.Period]);
        _oversold = parameters.Oversold;
        _overbought = parameters.Overbought;
        Indicators = [new StrategyIndicator($"rsi{parameters.Period}", _rsi)];
    }

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators { get; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per candle of a one-shot backtest: jitted optimised at once, not tier-0 code a single replay never leaves
    public Signal OnCandle(in Candle candle)
    {
        _rsi.Add(candle);
        double rsi = _rsi.Value(0);
        double previous = _previous;
        _previous = rsi;
        if (Crossing.Below(previous, _overbought, rsi, _overbought))
            return Signal.Exit((rsi, level: _overbought, previous), static v => $"rsi {Format(v.rsi)} crossed below {Format(v.level)} (was {Format(v.previous)})");
        if (Crossing.Above(previous, _oversold, rsi, _oversold))
            return Signal.Enter((rsi, level: _oversold, previous), static v => $"rsi {Format(v.rsi)} crossed above {Format(v.level)} (was {Format(v.previous)})");
        return Signal.None;
    }
}
