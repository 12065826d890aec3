using Trader.Indicators;
using Trader.Indicators.Catalog;
using Trader.Domain;
using static Trader.Strategies.SignalText;

namespace Trader.Strategies.MaCrossover;

/// <summary>
/// <c>ma_crossover</c>: fast and slow moving averages (both SMA or both EMA) of closes. Enter when the fast one crosses
/// above the slow one, exit when it crosses below (see <see cref="Crossing"/>). O(1) per candle.
/// </summary>
public sealed class MaCrossoverStrategy : IStrategy
{
    private readonly IIndicator _fast;
    private readonly IIndicator _slow;
    private readonly string _fastName;
    private readonly string _slowName;
    private double _previousFast = double.NaN;
    private double _previousSlow = double.NaN;

    /// <param name="parameters">Validated params.</param>
    public MaCrossoverStrategy(MaCrossoverParams parameters) : this(parameters, FreshIndicators.Instance)
    {
    }

    /// <param name="parameters">Validated params.</param>
    /// <param name="indicators">Where its indicators come from.</param>
    public MaCrossoverStrategy(MaCrossoverParams parameters, IIndicatorSource indicators)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(indicators);
        var average = parameters.Kind == MovingAverageKind.Sma ? SmaCatalog.Definition : EmaCatalog.Definition;
        _fast = indicators.Create(average, [parameters.Fast]);
        _slow = indicators.Create(average, [parameters.Slow]);
        _fastName = average.Name + parameters.Fast;
        _slowName = average.Name + parameters.Slow;
        Indicators = [new StrategyIndicator(_fastName, _fast), new StrategyIndicator(_slowName, _slow)];
    }

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators { get; }

    /// <inheritdoc />
    public Signal OnCandle(in Candle candle)
    {
        _fast.Add(candle);
        _slow.Add(candle);
        double fast = _fast.Value(0), slow = _slow.Value(0);
        double previousFast = _previousFast, previousSlow = _previousSlow;
        _previousFast = fast;
        _previousSlow = slow;
        if (Crossing.Below(previousFast, previousSlow, fast, slow))
            return Signal.Exit((fastName: _fastName, fast, slowName: _slowName, slow), static v => $"{v.fastName} {Format(v.fast)} crossed below {v.slowName} {Format(v.slow)}");
        if (Crossing.Above(previousFast, previousSlow, fast, slow))
            return Signal.Enter((fastName: _fastName, fast, slowName: _slowName, slow), static v => $"{v.fastName} {Format(v.fast)} crossed above {v.slowName} {Format(v.slow)}");
        return Signal.None;
    }
}
