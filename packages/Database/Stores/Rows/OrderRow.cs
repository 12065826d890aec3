using Trader.Domain;

namespace Trader.Database.Stores.Rows;

/// <summary>An <c>orders</c> row as both backends return it; money arrives as its exact decimal text.</summary>
internal sealed class OrderRow
{
    public string ClientOrderId { get; init; } = "";
    public string? ExchangeOrderId { get; init; }
    public string Instance { get; init; } = "";
    public string Exchange { get; init; } = "";
    public string Symbol { get; init; } = "";
    public string Side { get; init; } = "";
    public string Type { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Price { get; init; }
    public string Amount { get; init; } = "";
    public string Filled { get; init; } = "";
    public string? Average { get; init; }
    public string Fee { get; init; } = "";
    public string? FeeCurrency { get; init; }
    public long CreatedMs { get; init; }
    public long UpdatedMs { get; init; }
    public string? Reason { get; init; }

    /// <summary>The parameters of <c>OrderSql.Upsert</c>; <paramref name="money"/> gives the backend's form of an amount.</summary>
    public static object Parameters(Order order, Func<decimal, object> money) => new
    {
        order.ClientOrderId,
        order.ExchangeOrderId,
        Instance = order.InstanceName,
        order.Exchange,
        order.Symbol,
        Side = EnumText.ToText(order.Side),
        Type = EnumText.ToText(order.Type),
        Status = EnumText.ToText(order.Status),
        Price = order.Price is { } price ? money(price) : null,
        Amount = money(order.Amount),
        Filled = money(order.Filled),
        Average = order.Average is { } average ? money(average) : null,
        Fee = money(order.Fee),
        order.FeeCurrency,
        order.CreatedMs,
        order.UpdatedMs,
        order.Reason,
    };

    public Order ToOrder() => new(
        ClientOrderId, Instance, Exchange, Symbol,
        EnumText.Parse<OrderSide>(Side), EnumText.Parse<OrderType>(Type), EnumText.Parse<OrderStatus>(Status),
        Money.ParseNullable(Price), Money.Parse(Amount), Money.Parse(Filled), Money.ParseNullable(Average), Money.Parse(Fee), FeeCurrency,
        CreatedMs, UpdatedMs, ExchangeOrderId, Reason);
}
