using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>What became of an order: still open (waiting for its trigger), filled (closed) or rejected.</summary>
/// <param name="Order">The order as submitted.</param>
/// <param name="Status"><see cref="OrderStatus.Open"/>, <see cref="OrderStatus.Closed"/> (filled) or <see cref="OrderStatus.Rejected"/>.</param>
/// <param name="Fill">The execution when closed; null otherwise.</param>
/// <param name="RejectReason">Why it was refused when rejected; null otherwise.</param>
/// <param name="ExchangeOrderId">The exchange's id of the order (live only); null for simulated orders and orders the exchange never took.</param>
public sealed record OrderResult(SubmitOrderParameters Order, OrderStatus Status, BrokerFill? Fill, string? RejectReason, string? ExchangeOrderId = null);
