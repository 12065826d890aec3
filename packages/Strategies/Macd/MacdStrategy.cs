using Trader.Indicators;
using Trader.Indicators.Catalog;
using Trader.Domain;
using static Trader.Strategies.SignalText;

namespace Trader.Strategies.Macd;

/// <summary>
/// <c>macd</c>: MACD(fast, slow, signal) of closes. Enter when the MACD line crosses above its signal line, exit when it
/// crosses below (see <see cref="Crossing"/>). O(1) per candle.
/// </summary>
public sealed class MacdStrategy : IStrategy
{
    private readonly IIndicator _macd;
    private double _previousMacd = double.NaN;
    private double _previousSignal = double.NaN;

    /// <param name="parameters">Validated params.</param>
    public MacdStrategy(MacdParams parameters) : this(parameters, FreshIndicators.Instance)
    {
    }

    /// <param name="parameters">Validated params.</param>
    /// <param name="indicators">Where its indicators come from.</param>
    public MacdStrategy(MacdParams parameters, IIndicatorSource indicators)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(indicators);
        _macd = indicators.Create(MacdCatalog.Definition, [parameters.Fast, parameters.Slow, parameters.Signal]);
        Indicators = [new StrategyIndicator($"macd({parameters.Fast},{parameters.Slow},{parameters.Signal})", _macd)];
    }

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators { get; }

    /// <inheritdoc />
    public Signal OnCandle(in Candle candle)
    {
        _macd.Add(candle);
        double macd = _macd.Value(0), signal = _macd.Value(1);
        double previousMacd = _previousMacd, previousSignal = _previousSignal;
        _previousMacd = macd;
        _previousSignal = signal;
        if (Crossing.Below(previousMacd, previousSignal, macd, signal))
            return Signal.Exit((macd, signal), static v => $"macd {Format(v.macd)} crossed below signal {Format(v.signal)}");
        if (Crossing.Above(previousMacd, previousSignal, macd, signal))
            return Signal.Enter((macd, signal), static v => $"macd {Format(v.macd)} crossed above signal {Format(v.signal)}");
        return Signal.None;
    }
}
