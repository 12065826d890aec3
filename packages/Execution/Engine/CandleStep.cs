using Trader.Domain;
using Trader.Execution.Journal;
using Trader.Risk;

namespace Trader.Execution.Engine;

/// <summary>What the engine did on one closed candle, before anything reads its equity in decimal (<see cref="EngineStep"/> does).</summary>
/// <param name="Signal">The strategy's decision at the close.</param>
/// <param name="Mark">Equity at the close: the books marked at it.</param>
/// <param name="Entry">Risk's verdict when the signal asked to enter; null otherwise.</param>
/// <param name="OrderId">Client order id of the order placed at this close, or null.</param>
internal readonly record struct CandleStep(Signal Signal, EquityMark Mark, EntryDecision? Entry, string? OrderId);
