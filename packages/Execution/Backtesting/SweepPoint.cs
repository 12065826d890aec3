using Trader.Execution.Engine;
using Trader.Strategies;

namespace Trader.Execution.Backtesting;

/// <summary>One point of a sweep (<see cref="ParallelSweep"/>).</summary>
/// <param name="StrategyKey">Points with equal keys decide alike (same strategy, same parameters, same warm-up; they
/// differ only in risk, fees or order placement): the sweep runs their strategy once and the others replay its
/// signals.</param>
/// <param name="Engine">Builds the point's engine, with a fresh strategy on every call, made with the given indicator source
/// (<see cref="Trader.Strategies.StrategyRegistry.Create(Trader.Strategies.StrategyConfig, IIndicatorSource)"/>): the sweep's,
/// which shares each distinct indicator series between the points.</param>
public sealed record SweepPoint(string StrategyKey, Func<IIndicatorSource, EngineBuilder> Engine);
