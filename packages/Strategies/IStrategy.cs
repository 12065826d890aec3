using Trader.Domain;

namespace Trader.Strategies;

/// <summary>
/// Decision logic of one instance. It sees closed candles only, in order, and keeps incremental
/// state, so one step costs O(1) whatever the history length and no look-ahead is possible.
/// </summary>
public interface IStrategy
{
    /// <summary>Feeds the next closed candle and returns the decision taken at its close.</summary>
    Signal OnCandle(in Candle candle);

    /// <summary>
    /// The indicators its decisions read, with the strategy's names for them (for charts such as the backtest report);
    /// empty when it reads none. Their values after <see cref="OnCandle"/> are the values that decision saw.
    /// </summary>
    IReadOnlyList<StrategyIndicator> Indicators { get; }
}
