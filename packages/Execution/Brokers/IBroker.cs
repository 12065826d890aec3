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
    /// Advances to a closed candle and returns the orders that completed during it (filled or rejected), oldest first.
    /// The engine calls it once per candle, before anything else. A <see cref="ValueTask{TResult}"/> because it runs
    /// once per candle (a million times in a long backtest) and usually completes synchronously with nothing.
    /// </summary>
    ValueTask<IReadOnlyList<OrderResult>> OnCandleAsync(BrokerCandleParameters candle, CancellationToken ct);

    /// <summary>Cancels every open order; returns the ones canceled.</summary>
    Task<IReadOnlyList<SubmitOrderParameters>> CancelOpenOrdersAsync(CancellationToken ct);
}
