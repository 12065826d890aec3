namespace Trader.Domain;

/// <summary>An order as the system last knew it. Money and quantities are exact <see cref="decimal"/>s.</summary>
/// <param name="ClientOrderId">Our idempotent id, unique across the database; the exchange echoes it back.</param>
/// <param name="InstanceName">Name of the strategy instance that placed the order.</param>
/// <param name="Exchange">Exchange id, e.g. <c>binance</c>.</param>
/// <param name="Symbol">Unified market symbol, e.g. <c>BTC/USDT</c>.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Type">Market or limit.</param>
/// <param name="Status">Life-cycle state (ccxt meanings).</param>
/// <param name="Price">Limit price in quote currency; null for market orders.</param>
/// <param name="Amount">Ordered quantity in base currency.</param>
/// <param name="Filled">Quantity filled so far, in base currency.</param>
/// <param name="Average">Average fill price in quote currency; null until something fills.</param>
/// <param name="Fee">Total fee paid so far, in <paramref name="FeeCurrency"/>.</param>
/// <param name="FeeCurrency">Currency of <paramref name="Fee"/>; null while no fee is known.</param>
/// <param name="CreatedMs">When the order was created, Unix ms UTC.</param>
/// <param name="UpdatedMs">When this state was observed, Unix ms UTC.</param>
/// <param name="ExchangeOrderId">The exchange's id; null until the exchange has acknowledged the order.</param>
/// <param name="Reason">Why the order was placed or why it ended (e.g. <c>stop_loss</c>, a rejection message).</param>
public sealed record Order(
    string ClientOrderId,
    string InstanceName,
    string Exchange,
    string Symbol,
    OrderSide Side,
    OrderType Type,
    OrderStatus Status,
    decimal? Price,
    decimal Amount,
    decimal Filled,
    decimal? Average,
    decimal Fee,
    string? FeeCurrency,
    long CreatedMs,
    long UpdatedMs,
    string? ExchangeOrderId = null,
    string? Reason = null);
