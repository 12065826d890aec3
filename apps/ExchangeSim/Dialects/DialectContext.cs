using Trader.Simulator;

namespace Trader.ExchangeSim.Dialects;

/// <summary>What a dialect serves from: the options, the matching core, the fault injector (bad klines) and the budget's limit.</summary>
public sealed record DialectContext(SimOptions Options, Venue Venue, FaultInjector Faults, WeightMeter Budget);
