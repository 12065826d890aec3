using Serilog;
using Trader.Domain;
using Trader.Execution.Engine;

namespace Trader.Execution.Brokers.Live;

/// <summary>
/// A lot's stop and target held together on the venue as one OCO sell (a stop-limit leg at the stop, a post-only limit
/// leg at the target), where the venue has order lists (<see cref="IExchange.OrderLists"/>). The list's client id is the
/// protective order's own deterministic id and its legs' ids derive from it (<see cref="ClientOrderIds.OcoLegs"/>), so a
/// retry or a restart finds the list instead of placing it twice. The exchange id recorded for the protective order is
/// the list's, marked <see cref="ExchangeIdPrefix"/> so a restart knows an OCO from a stop-limit without asking. The list
/// answers as one order through the leg that speaks for it (<see cref="Speaker"/>): the venue's expiry of the other leg
/// when one fills or triggers is part of the OCO, never an order the venue ended by itself.
/// </summary>
internal sealed class OcoProtection(IOrderListExchange lists, IExchange exchange, Market market, ILogger log)
{
    /// <summary>Marks a recorded exchange id as an order list's.</summary>
    public const string ExchangeIdPrefix = "list:";

    /// <summary>True when <paramref name="exchangeId"/> names an order list.</summary>
    public static bool IsList(string? exchangeId) => exchangeId?.StartsWith(ExchangeIdPrefix, StringComparison.Ordinal) == true;

    /// <summary>
    /// Places the OCO of a protective sell (or finds the one a crashed attempt placed) and answers its recorded exchange id;
    /// null when the venue refused it because the price has already reached the target or the stop, or for the funds (the
    /// caller places the stop alone and the target is checked at candle closes).
    /// </summary>
    public async Task<string?> PlaceAsync(SubmitOrderParameters order, CancellationToken ct)
    {
        if (await FindAsync(order.ClientOrderId, ct) is { } found) return ExchangeIdPrefix + found.Id;
        var (stopLeg, targetLeg) = ClientOrderIds.OcoLegs(order.ClientOrderId);
        var oco = new OcoOrder(market.Symbol, OrderSide.Sell, market.RoundAmount(order.Amount), order.TargetPrice!.Value, order.Price!.Value,
            order.LimitPrice!.Value, order.ClientOrderId, targetLeg, stopLeg);
        try
        {
            log.Information("Placing OCO sell {ClientOrderId} for {Amount} {Symbol}: target {Target}, stop {Stop} limit {Limit}",
                order.ClientOrderId, oco.Amount, market.Symbol, oco.LimitPrice, oco.StopPrice, oco.StopLimitPrice);
            return ExchangeIdPrefix + (await lists.CreateOcoOrderAsync(oco, ct)).Id;
        }
        catch (DuplicateOrderIdException)
        {
            // Another attempt of ours landed between the lookup and the send.
            var placed = await FindAsync(order.ClientOrderId, ct) ?? throw new ExchangeException(
                $"OCO {order.ClientOrderId} was refused as a duplicate but cannot be found; check the account's order lists.");
            return ExchangeIdPrefix + placed.Id;
        }
        catch (OrderPriceRelationshipException e)
        {
            log.Warning("OCO {ClientOrderId} refused by {Exchange}: {Reason}; the target {Target} is already reached, so the stop rests alone and the target is checked at each candle close",
                order.ClientOrderId, exchange.Name, e.Message, order.TargetPrice);
            return null;
        }
        catch (InsufficientFundsException e)
        {
            // The coins are gone: a crashed attempt sold the lot at market under this id (its stop was refused as already
            // crossed), which the stop-alone path finds by that id; or they are short, and the stop alone is refused too.
            log.Warning("OCO {ClientOrderId} refused by {Exchange}: {Reason}; trying the stop alone", order.ClientOrderId, exchange.Name, e.Message);
            return null;
        }
    }

    /// <summary>The list's state, through the leg that speaks for it.</summary>
    public async Task<ExchangeOrder> StateAsync(string exchangeId, CancellationToken ct) =>
        Speaker(await lists.FetchOrderListAsync(market.Symbol, OrderRef.ById(exchangeId[ExchangeIdPrefix.Length..]), ct));

    /// <summary>
    /// Cancels the list (both legs) and answers its state after that: canceled, or the leg that filled before the cancel
    /// arrived. A list already done whose stop leg triggered and still rests at its limit has that leg canceled alone.
    /// </summary>
    public async Task<ExchangeOrder> CancelAsync(string exchangeId, CancellationToken ct)
    {
        try
        {
            log.Information("Canceling OCO {ExchangeId} on {Exchange}", exchangeId, exchange.Name);
            return Speaker(await lists.CancelOrderListAsync(market.Symbol, OrderRef.ById(exchangeId[ExchangeIdPrefix.Length..]), ct));
        }
        catch (OrderNotFoundException)
        {
            var leg = await StateAsync(exchangeId, ct);
            if (leg.Status != OrderStatus.Open) return leg;
            try
            {
                return await exchange.CancelOrderAsync(market.Symbol, OrderRef.ById(leg.Id), ct);
            }
            catch (OrderNotFoundException)
            {
                return await exchange.FetchOrderAsync(market.Symbol, OrderRef.ById(leg.Id), ct);
            }
        }
    }

    // The leg that speaks for the list: one that filled (wholly or partly), else one still resting (both legs, or a triggered
    // stop leg waiting at its limit), else the stop leg (both ended: canceled, or ended by the venue).
    private static ExchangeOrder Speaker(OrderList list) =>
        list.Orders.FirstOrDefault(o => o.Filled > 0m) ?? list.Orders.FirstOrDefault(o => o.Status == OrderStatus.Open) ?? list.StopLeg;

    private async Task<OrderList?> FindAsync(string listClientOrderId, CancellationToken ct)
    {
        try
        {
            return await lists.FetchOrderListAsync(market.Symbol, OrderRef.ByClientId(listClientOrderId), ct);
        }
        catch (OrderNotFoundException)
        {
            return null;
        }
    }
}
