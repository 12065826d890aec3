using Trader.Execution.Journal;
using Trader.Domain;

namespace Trader.Execution.Metrics;

/// <summary>What a backtest produced, for <see cref="BacktestMetrics.Compute"/>.</summary>
/// <param name="StartingBalance">Quote currency at start.</param>
/// <param name="Equity">Equity at each candle close, in time order (the last point after closing what was open).</param>
/// <param name="Trades">Closed round trips.</param>
/// <param name="Timeframe">Candle period; sets the per-candle annualisation (crypto trades 365 days a year).</param>
/// <param name="Covered">The time the candles cover, from the first open to the last close without the holes.</param>
/// <param name="FirstOpen">Open price of the first candle (buy and hold buys there).</param>
/// <param name="LastClose">Close price of the last candle (buy and hold sells there).</param>
public sealed record MetricsInput(
    decimal StartingBalance,
    IReadOnlyList<EquityPoint> Equity,
    IReadOnlyList<RoundTrip> Trades,
    Timeframe Timeframe,
    CoveredTime Covered,
    double FirstOpen,
    double LastClose);
