using Trader.Indicators.Catalog;
using Trader.Indicators;
using Trader.Domain;
using static Trader.Strategies.SignalText;

namespace Trader.Strategies.BollingerReversion;

/// <summary>
/// <c>bollinger_reversion</c>: Bollinger Bands(period, std_dev) of closes. Exit when the close is at or above the middle
/// band (the SMA); enter when the close is below the lower band. Both are levels, tested on every candle. O(1) per candle.
/// </summary>
public sealed class BollingerReversionStrategy : IStrategy
{
    private static readonly int Middle = BollingerBandsCatalog.Definition.FieldIndex("middle");
    private static readonly int Lower = BollingerBandsCatalog.Definition.FieldIndex("lower");

    private readonly IIndicator _bands;

    /// <param name="parameters">Validated params.</param>
    public BollingerReversionStrategy(BollingerReversionParams parameters) : this(parameters, FreshIndicators.Instance)
    {
    }

    /// <param name="parameters">Validated params.</param>
    /// <param name="indicators">Where its indicators come from.</param>
    public BollingerReversionStrategy(BollingerReversionParams parameters, IIndicatorSource indicators)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(indicators);
        _bands = indicators.Create(BollingerBandsCatalog.Definition, [parameters.Period, parameters.StdDev]);
        Indicators = [new StrategyIndicator($"bb({parameters.Period},{parameters.StdDev})", _bands)];
    }

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators { get; }

    /// <inheritdoc />
    public Signal OnCandle(in Candle candle)
    {
        _bands.Add(candle);
        double close = candle.Close;
        double middle = _bands.Value(Middle), lower = _bands.Value(Lower);
        if (close >= middle) return Signal.Exit((close, middle), static v => $"close {Format(v.close)} >= middle band {Format(v.middle)}");
        if (close < lower) return Signal.Enter((close, lower), static v => $"close {Format(v.close)} < lower band {Format(v.lower)}");
        return Signal.None;
    }
}
