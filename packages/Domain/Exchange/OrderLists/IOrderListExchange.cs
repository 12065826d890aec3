namespace Trader.Domain;

/// <summary>
/// A venue that holds one-cancels-the-other pairs (Binance's order lists). Venues without it implement only
/// <see cref="IExchange"/>; callers then hold a stop-limit order alone and check the target themselves.
/// </summary>
public interface IOrderListExchange
{
    /// <summary>
    /// Places an OCO. Throws <see cref="OrderPriceRelationshipException"/> when its prices sit on the wrong sides of the
    /// last price, <see cref="InvalidOrderException"/> for a filter failure, <see cref="DuplicateOrderIdException"/> when
    /// an open order or list has one of its client ids, <see cref="InsufficientFundsException"/> when the balance is short.
    /// </summary>
    Task<OrderList> CreateOcoOrderAsync(OcoOrder order, CancellationToken ct);

    /// <summary>Cancels an open list (both legs). Throws <see cref="OrderNotFoundException"/> when it is unknown or already done.</summary>
    Task<OrderList> CancelOrderListAsync(string symbol, OrderRef list, CancellationToken ct);

    /// <summary>One list's current state, by its id or list client id. Throws <see cref="OrderNotFoundException"/>.</summary>
    Task<OrderList> FetchOrderListAsync(string symbol, OrderRef list, CancellationToken ct);

    /// <summary>The lists of one market still executing (both legs resting).</summary>
    Task<IReadOnlyList<OrderList>> FetchOpenOrderListsAsync(string symbol, CancellationToken ct);
}
