namespace Trader.Execution.Brokers;

/// <summary>
/// Turns order intents into fills. The simulated broker (backtest and paper) and the live broker (through
/// IExchange) sit behind this one seam, so the engine cannot tell them apart.
/// </summary>
public interface IBroker
{
    /// <summary>Places an order. Returns it open (waiting for the next candle), filled, or rejected with a reason.</summary>
    Task<OrderResult> SubmitAsync(SubmitOrderParameters order, CancellationToken ct);

    /// <summary>
    /// Advances to a closed candle and returns the orders that completed during it (filled or rejected), oldest first,
    /// and the parts of resting orders that filled during it (open, with the part as the fill).
    /// The engine calls it once per candle, before anything else. A <see cref="ValueTask{TResult}"/> because it runs
    /// once per candle (a million times in a long backtest) and usually completes synchronously with nothing.
    /// </summary>
    ValueTask<IReadOnlyList<OrderResult>> OnCandleAsync(BrokerCandleParameters candle, CancellationToken ct);

    /// <summary>Cancels every open order but protective stops (<see cref="CancelAsync"/> ends those); returns the ones canceled.</summary>
    Task<IReadOnlyList<SubmitOrderParameters>> CancelOpenOrdersAsync(CancellationToken ct);

    /// <summary>
    /// True when the venue holds each lot's stop (<see cref="OrderTrigger.Protective"/> orders rest on it and fill there,
    /// reported by <see cref="OnCandleAsync"/>); false when the engine checks stops against each closed candle instead.
    /// </summary>
    bool HoldsStops { get; }

    /// <summary>
    /// Cancels one order, idempotently. Returns it <see cref="Trader.Domain.OrderStatus.Canceled"/>, or
    /// <see cref="Trader.Domain.OrderStatus.Closed"/> with its fill when it filled before the cancel arrived (the caller
    /// books that fill and must not sell the lot again).
    /// </summary>
    Task<OrderResult> CancelAsync(SubmitOrderParameters order, CancellationToken ct);
}
