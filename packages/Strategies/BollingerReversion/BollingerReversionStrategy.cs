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
    private readonly BollingerBandsIncremental _bands;

    /// <param name="parameters">Validated params.</param>
    public BollingerReversionStrategy(BollingerReversionParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _bands = new BollingerBandsIncremental(parameters.Period, parameters.StdDev);
        Indicators = [new StrategyIndicator($"bb({parameters.Period},{parameters.StdDev})", _bands)];
    }

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators { get; }

    /// <inheritdoc />
    public Signal OnCandle(in Candle candle)
    {
        var bands = _bands.Add(candle.Close);
        double close = candle.Close;
        double middle = bands.Sma ?? double.NaN, lower = bands.LowerBand ?? double.NaN;
        if (close >= middle) return Signal.Exit($"close {Format(close)} >= middle band {Format(middle)}");
        if (close < lower) return Signal.Enter($"close {Format(close)} < lower band {Format(lower)}");
        return Signal.None;
    }
}
