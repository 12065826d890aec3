using Trader.Core.Domain;

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

    public Order ToOrder() => new(
        ClientOrderId, Instance, Exchange, Symbol,
        EnumText.Parse<OrderSide>(Side), EnumText.Parse<OrderType>(Type), EnumText.Parse<OrderStatus>(Status),
        Money.ParseNullable(Price), Money.Parse(Amount), Money.Parse(Filled), Money.ParseNullable(Average), Money.Parse(Fee), FeeCurrency,
        CreatedMs, UpdatedMs, ExchangeOrderId, Reason);
}
