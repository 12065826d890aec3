using Trader.Execution.Brokers;
using Trader.Execution.Journal;
using Trader.Execution.Metrics;

namespace Trader.Execution.Backtesting;

/// <summary>The outcome of one backtest.</summary>
/// <param name="Metrics">Summary statistics.</param>
/// <param name="Trades">Closed round trips, in order.</param>
/// <param name="Equity">Equity at every candle close (the last after closing what was open).</param>
/// <param name="Orders">Every order state change, in order.</param>
public sealed record BacktestResult(
    BacktestMetrics Metrics,
    IReadOnlyList<RoundTrip> Trades,
    IReadOnlyList<EquityPoint> Equity,
    IReadOnlyList<OrderResult> Orders);
