using Trader.Execution.Journal;
using Trader.Domain;

namespace Trader.Execution.Metrics;

/// <summary>What a backtest produced, for <see cref="BacktestMetrics.Compute"/>.</summary>
/// <param name="StartingBalance">Quote currency at start.</param>
/// <param name="Equity">Equity at each candle close, in time order (the last point after closing what was open).</param>
/// <param name="Trades">Closed round trips.</param>
/// <param name="Timeframe">Candle period; sets the annualisation (crypto trades 365 days a year).</param>
/// <param name="StartMs">UTC Unix ms open time of the first candle.</param>
/// <param name="EndMs">UTC Unix ms close time of the last candle.</param>
/// <param name="FirstOpen">Open price of the first candle (buy and hold buys there).</param>
/// <param name="LastClose">Close price of the last candle (buy and hold sells there).</param>
public sealed record MetricsInput(
    decimal StartingBalance,
    IReadOnlyList<EquityPoint> Equity,
    IReadOnlyList<RoundTrip> Trades,
    Timeframe Timeframe,
    long StartMs,
    long EndMs,
    double FirstOpen,
    double LastClose);
