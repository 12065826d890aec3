namespace Trader.Domain;

/// <summary>
/// A one-cancels-the-other pair as the exchange reports it: two ordinary orders (each carrying
/// <see cref="ExchangeOrder.OrderListId"/>) where the fill or trigger of one ends the other. <see cref="IsDone"/> once
/// either leg filled, triggered or was canceled (Binance's <c>listOrderStatus</c> ALL_DONE); the other leg then reads
/// expired (the venue ended it) or canceled (the list was canceled).
/// </summary>
public sealed record OrderList(string Id, string ListClientOrderId, string Symbol, bool IsDone, long TransactionTimeMs, IReadOnlyList<ExchangeOrder> Orders)
{
    /// <summary>The stop leg (a stop-limit order).</summary>
    public ExchangeOrder StopLeg => Orders.Single(o => o.Type == OrderType.StopLossLimit);

    /// <summary>The limit leg (post-only, <see cref="OrderType.LimitMaker"/>).</summary>
    public ExchangeOrder LimitLeg => Orders.Single(o => o.Type == OrderType.LimitMaker);
}
