using Serilog;
using Trader.Domain;
using Trader.Risk;
using Trader.Strategies;
using Trader.Execution.Brokers;

namespace Trader.Execution.Backtesting;

/// <summary>Everything one backtest run needs besides its candles.</summary>
/// <param name="Name">Instance name (prefixes client order ids).</param>
/// <param name="Timeframe">Candle period of the series.</param>
/// <param name="Strategy">A fresh strategy instance (it keeps state, so one per run).</param>
/// <param name="Risk">Risk rules.</param>
/// <param name="Paper">Starting balance, fee and slippage of the simulated broker.</param>
/// <param name="Market">Tick, step and minimums of the market.</param>
/// <param name="Log">Engine, broker and risk log here.</param>
public sealed record BacktestSetup(
    string Name,
    Timeframe Timeframe,
    IStrategy Strategy,
    RiskConfig Risk,
    PaperConfig Paper,
    Market Market,
    ILogger Log);
