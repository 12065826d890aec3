using Trader.Risk;
using Trader.Domain;

namespace Trader.Execution.Engine;

/// <summary>What the engine did on one closed candle.</summary>
/// <param name="CloseTimeMs">UTC Unix ms of the candle's close.</param>
/// <param name="Signal">The strategy's decision at the close.</param>
/// <param name="Equity">Equity at the close in quote currency (cash plus the position marked at the close).</param>
/// <param name="Entry">Risk's verdict when the signal asked to enter while flat; null otherwise.</param>
/// <param name="OrderId">Client order id of the order placed at this close, or null.</param>
public readonly record struct EngineStep(long CloseTimeMs, Signal Signal, decimal Equity, EntryDecision? Entry, string? OrderId);
