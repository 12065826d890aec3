using Trader.Execution.Engine;

namespace Trader.Execution.Backtesting;

/// <summary>One point of a sweep (<see cref="ParallelSweep"/>).</summary>
/// <param name="StrategyKey">Points with equal keys decide alike (same strategy, same parameters, same warm-up; they
/// differ only in risk, fees or order placement): the sweep runs their strategy once and the others replay its
/// signals.</param>
/// <param name="Engine">Builds the point's engine, with a fresh strategy on every call.</param>
public sealed record SweepPoint(string StrategyKey, Func<EngineBuilder> Engine);
