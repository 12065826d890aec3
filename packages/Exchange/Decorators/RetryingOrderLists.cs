using Trader.Domain;

namespace Trader.Exchange.Decorators;

/// <summary>
/// The order lists of a <see cref="RetryingExchange"/>'s venue, under the same retry rules: placing a list stays
/// idempotent (before a retry it is looked up by its list client id; a duplicate answer on a retry means the first
/// attempt landed), and a cancel that finds nothing on a retry reports the list's state.
/// </summary>
internal sealed class RetryingOrderLists(IOrderListExchange inner, RetryingExchange retrying) : IOrderListExchange
{
    public Task<OrderList> CreateOcoOrderAsync(OcoOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        int attempt = 0;
        return retrying.RunAsync("create OCO order", async c =>
        {
            if (attempt++ > 0 && await FindAsync(order.Symbol, order.ListClientOrderId, c) is { } landed) return landed;
            try
            {
                return await inner.CreateOcoOrderAsync(order, c);
            }
            catch (DuplicateOrderIdException) when (attempt > 1)
            {
                return await inner.FetchOrderListAsync(order.Symbol, OrderRef.ByClientId(order.ListClientOrderId), c);
            }
        }, ct);
    }

    public Task<OrderList> CancelOrderListAsync(string symbol, OrderRef list, CancellationToken ct)
    {
        int attempt = 0;
        return retrying.RunAsync("cancel order list", async c =>
        {
            try
            {
                attempt++;
                return await inner.CancelOrderListAsync(symbol, list, c);
            }
            catch (OrderNotFoundException) when (attempt > 1)
            {
                // The first attempt may have canceled it; report the list's state instead of failing.
                return await inner.FetchOrderListAsync(symbol, list, c);
            }
        }, ct);
    }

    public Task<OrderList> FetchOrderListAsync(string symbol, OrderRef list, CancellationToken ct) =>
        retrying.RunAsync("fetch order list", c => inner.FetchOrderListAsync(symbol, list, c), ct);

    public Task<IReadOnlyList<OrderList>> FetchOpenOrderListsAsync(string symbol, CancellationToken ct) =>
        retrying.RunAsync("fetch open order lists", c => inner.FetchOpenOrderListsAsync(symbol, c), ct);

    private async Task<OrderList?> FindAsync(string symbol, string listClientOrderId, CancellationToken ct)
    {
        try
        {
            return await inner.FetchOrderListAsync(symbol, OrderRef.ByClientId(listClientOrderId), ct);
        }
        catch (OrderNotFoundException)
        {
            return null;
        }
    }
}
