
namespace Trader.Domain;

/// <summary>One fill of one of our orders. <see cref="Fee"/> is charged in <see cref="FeeAsset"/>.</summary>
public sealed record ExchangeTrade(
    string Id,
    string OrderId,
    string Symbol,
    OrderSide Side,
    decimal Price,
    decimal Amount,
    decimal Cost,
    decimal Fee,
    string FeeAsset,
    bool IsMaker,
    long TimestampMs);
