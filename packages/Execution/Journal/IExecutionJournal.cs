using Trader.Execution.Brokers;

namespace Trader.Execution.Journal;

/// <summary>
/// Where the engine records what happened: orders (each state change, with its fill), trades and the equity
/// curve. In memory for backtests; a database-backed journal for the trader.
/// </summary>
public interface IExecutionJournal
{
    /// <summary>An order was submitted or changed state (open, filled with its fill, rejected, canceled). Same client order id = same order.</summary>
    /// <param name="order">The order's new state.</param>
    /// <param name="timeMs">When the engine booked it, UTC Unix ms: the close of the candle being stepped (never the wall clock).</param>
    /// <param name="ct">Cancels the write.</param>
    Task OrderAsync(OrderResult order, long timeMs, CancellationToken ct);

    /// <summary>A position was opened by a fill.</summary>
    Task TradeOpenedAsync(OpenPosition position, CancellationToken ct);

    /// <summary>An open position grew: a live limit entry filled another part (its amount and average entry price changed).</summary>
    Task TradeResizedAsync(OpenPosition position, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A position was closed.</summary>
    Task TradeClosedAsync(RoundTrip trade, CancellationToken ct);

    /// <summary>
    /// Equity at a candle close; a second point with the same time replaces the first (e.g. after closing at the end
    /// of a backtest). A <see cref="ValueTask"/> because it runs once per candle and in memory completes synchronously.
    /// </summary>
    ValueTask EquityAsync(EquityPoint point, CancellationToken ct);

    /// <summary>
    /// Equity at a candle close as the engine's books stand (what the engine calls, once per candle); the same rules as
    /// <see cref="EquityAsync"/>. By default the exact point goes to <see cref="EquityAsync"/>; a journal that keeps
    /// a long curve (a backtest's) keeps the mark instead and computes nothing per candle.
    /// </summary>
    ValueTask MarkAsync(EquityMark mark, CancellationToken ct) => EquityAsync(mark.ToPoint(), ct);
}
