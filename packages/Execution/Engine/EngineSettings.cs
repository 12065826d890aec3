using Trader.Domain;
using Trader.Execution.Brokers;

namespace Trader.Execution.Engine;

/// <summary>What the engine needs to know about its instance.</summary>
/// <param name="InstanceName">Instance name; prefixes client order ids.</param>
/// <param name="Timeframe">Candle period (gives each candle's close time).</param>
/// <param name="StartingCash">Quote currency free at start, e.g. 10000 USDT.</param>
/// <param name="FeeReserveRate">Fee rate the engine keeps aside when it tells risk how much cash is free, 0.001 = 0.1 %.</param>
/// <param name="Market">Minimum notional passed to risk, so entries too small to trade are refused before ordering.</param>
/// <param name="Entry">How entries are placed; null = market at the next open.</param>
/// <param name="Exit">How signal exits are placed; null = market at the next open.</param>
public sealed record EngineSettings(string InstanceName, Timeframe Timeframe, decimal StartingCash, decimal FeeReserveRate, Market Market,
    OrderConfig? Entry = null, OrderConfig? Exit = null);
