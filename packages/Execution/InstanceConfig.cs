using Trader.Domain;
using Trader.Execution.Brokers;
using Trader.Execution.Brokers.Live;
using Trader.Risk;
using Trader.Strategies;

namespace Trader.Execution;

/// <summary>One strategy instance, loaded from one YAML file and validated before anything runs.</summary>
/// <param name="Name">Instance name; defaults to the file name without extension.</param>
/// <param name="Exchange">Exchange id, e.g. <c>binance</c> or <c>sim</c>.</param>
/// <param name="Symbol">Unified symbol, e.g. <c>BTC/USDT</c>.</param>
/// <param name="Timeframe">Candle period the strategy decides on.</param>
/// <param name="Mode">Paper (default) or live.</param>
/// <param name="Strategy">Strategy type and its parameters.</param>
/// <param name="Risk">Sizing, exits and breakers.</param>
/// <param name="Paper">Simulated-broker settings: paper mode and backtests.</param>
/// <param name="Market">The market's tick, step and minimums for runs without a venue (backtests, <c>exchange: sim</c>); null = derived from the data.</param>
/// <param name="Live">Live-mode budget and fee handling; null = from <paramref name="Paper"/> (deprecated, see <see cref="LiveConfig.Of"/>).</param>
/// <param name="Entry">How entries are placed (market or limit); null = market.</param>
/// <param name="Exit">How signal exits are placed (market or limit); null = market.</param>
public sealed record InstanceConfig(
    string Name,
    string Exchange,
    string Symbol,
    Timeframe Timeframe,
    TradingMode Mode,
    StrategyConfig Strategy,
    RiskConfig Risk,
    PaperConfig Paper,
    MarketConfig? Market = null,
    LiveConfig? Live = null,
    OrderConfig? Entry = null,
    OrderConfig? Exit = null);
