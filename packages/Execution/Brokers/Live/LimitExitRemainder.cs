using Serilog;
using Trader.Domain;

namespace Trader.Execution.Brokers.Live;

/// <summary>
/// The rest of an exit whose limit sell ended partly filled (its timeout canceled the remainder, or the venue ended it):
/// sold at market at once, so the exit closes the whole lot as the engine books it and no part of the lot is left
/// without an exit or a stop. The market sell has the deterministic id <c>{exit id}r</c>: a retry or a restart finds it
/// instead of selling twice. A remainder under the market's minimums is dust and stays, as after any sell rounded
/// down to the step.
/// </summary>
internal sealed class LimitExitRemainder(IExchange exchange, Market market, ILogger log)
{
    /// <summary>The client id of the remainder's market sell.</summary>
    public static string IdOf(string exitClientOrderId) => exitClientOrderId + "r";

    /// <summary>Sells (or finds, when sent before) the rest of <paramref name="partial"/>; null when the rest is dust.</summary>
    public async Task<ExchangeOrder?> SellAsync(SubmitOrderParameters order, ExchangeOrder partial, CancellationToken ct)
    {
        decimal rest = market.RoundAmount(order.Amount - partial.Filled);
        decimal price = partial.Average ?? partial.Price ?? 0m;
        if (rest < market.MinAmount || rest <= 0m || rest * price < market.MinNotional) return null;
        string id = IdOf(order.ClientOrderId);
        try
        {
            return await exchange.FetchOrderAsync(market.Symbol, OrderRef.ByClientId(id), ct);
        }
        catch (OrderNotFoundException)
        {
            log.Information("Selling the rest {Amount} {Symbol} of exit {ClientOrderId} at market as {RemainderId}", rest, market.Symbol, order.ClientOrderId, id);
            return await exchange.CreateOrderAsync(market.Symbol, OrderType.Market, OrderSide.Sell, rest, null, id, ct);
        }
    }
}
