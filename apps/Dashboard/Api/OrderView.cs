using Trader.Domain;

namespace Trader.Dashboard.Api;

/// <summary>An order as last known (ccxt meanings of the status).</summary>
internal sealed record OrderView(
    string ClientOrderId,
    string? ExchangeOrderId,
    string Symbol,
    string Side,
    string Type,
    string Status,
    decimal? Price,
    decimal Amount,
    decimal Filled,
    decimal? Average,
    decimal Fee,
    string? FeeCurrency,
    long CreatedMs,
    long UpdatedMs,
    string? Reason)
{
    public static OrderView From(Order o) => new(
        o.ClientOrderId, o.ExchangeOrderId, o.Symbol, Text.Of(o.Side), Text.Of(o.Type), Text.Of(o.Status), o.Price, o.Amount,
        o.Filled, o.Average, o.Fee, o.FeeCurrency, o.CreatedMs, o.UpdatedMs, o.Reason);
}
