using Trader.Domain;

namespace Trader.Simulator;

// The venue's mutable book entry; callers only ever see the ExchangeOrder snapshot.
internal sealed class SimOrder(long id, string clientOrderId, Market market, OrderType type, OrderSide side, decimal amount, decimal? price, long createdMs, decimal? stopPrice = null)
{
    public long Id { get; } = id;
    public string ClientOrderId { get; } = clientOrderId;
    public Market Market { get; } = market;
    public OrderType Type { get; } = type;
    public OrderSide Side { get; } = side;
    public decimal Amount { get; } = amount;
    public decimal? Price { get; } = price;
    public long CreatedMs { get; } = createdMs;
    public decimal? StopPrice { get; } = stopPrice;

    // A stop-limit order waits for its stop; once crossed it rests as a plain limit order.
    public bool IsWaitingForStop => Type == OrderType.StopLossLimit && !Triggered;
    public bool Triggered { get; set; }
    public OrderStatus Status { get; set; } = OrderStatus.Open;
    public decimal Filled { get; set; }

    // What the order locked when placed (base for a sell, quote for a buy); released or spent when it ends.
    public decimal Reserved { get; set; }
    public decimal Cost { get; set; }
    public long UpdatedMs { get; set; } = createdMs;

    // The one-cancels-the-other list the order is a leg of, or null.
    public SimOrderList? List { get; set; }

    public ExchangeOrder Snapshot() => new(
        Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ClientOrderId, Market.Symbol, Type, Side, Status, Price,
        Amount, Filled, Cost, Filled > 0 ? Cost / Filled : null, CreatedMs, UpdatedMs, StopPrice,
        List?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
