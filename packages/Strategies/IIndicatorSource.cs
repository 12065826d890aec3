using Trader.Indicators.Catalog;

namespace Trader.Strategies;

/// <summary>
/// Where a strategy gets the indicators it decides on. A strategy feeds and reads them as usual (one
/// <see cref="IIndicator.Add"/> per candle, then <see cref="IIndicator.Value"/>); the source decides whether each one
/// computes (<see cref="FreshIndicators"/>, the trader and a single backtest) or reads a series computed once and shared
/// by several runs over the same candles (a sweep's).
/// </summary>
public interface IIndicatorSource
{
    /// <summary>An indicator of <paramref name="definition"/> with a complete, validated argument set (one value per parameter, in order).</summary>
    IIndicator Create(IndicatorDefinition definition, IReadOnlyList<double> arguments);
}
