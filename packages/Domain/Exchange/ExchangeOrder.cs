
namespace Trader.Domain;

/// <summary>
/// An order as the exchange reports it. Amounts in base asset, prices and <see cref="Cost"/> in quote asset;
/// <see cref="Price"/> is null for market orders, <see cref="Average"/> null until something filled, <see cref="StopPrice"/>
/// set on stop-limit orders only, <see cref="OrderListId"/> on the legs of an <see cref="OrderList"/> only.
/// </summary>
public sealed record ExchangeOrder(
    string Id,
    string ClientOrderId,
    string Symbol,
    OrderType Type,
    OrderSide Side,
    OrderStatus Status,
    decimal? Price,
    decimal Amount,
    decimal Filled,
    decimal Cost,
    decimal? Average,
    long TimestampMs,
    long LastUpdateMs,
    decimal? StopPrice = null,
    string? OrderListId = null)
{
    /// <summary>Amount still to fill, in base asset.</summary>
    public decimal Remaining => Amount - Filled;
}
