using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>A closed candle handed to the broker before the engine decides on it.</summary>
/// <param name="Candle">The candle that just closed.</param>
/// <param name="CloseTimeMs">UTC Unix ms of its close.</param>
public readonly record struct BrokerCandleParameters(Candle Candle, long CloseTimeMs);
