using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>
/// What became of an order: still open (waiting for its trigger), filled (closed) or rejected. A resting limit order that
/// fills in parts (live) is reported open with each new part as its <see cref="Fill"/>, then closed with the part not
/// reported yet (null when every part was): the order's fills are the sum of what was reported for it.
/// </summary>
/// <param name="Order">The order as submitted.</param>
/// <param name="Status"><see cref="OrderStatus.Open"/>, <see cref="OrderStatus.Closed"/> (filled) or <see cref="OrderStatus.Rejected"/>.</param>
/// <param name="Fill">The execution when closed, or a new part of an open order; null otherwise.</param>
/// <param name="RejectReason">Why it was refused when rejected; null otherwise.</param>
/// <param name="ExchangeOrderId">The exchange's id of the order (live only); null for simulated orders and orders the exchange never took.</param>
public sealed record OrderResult(SubmitOrderParameters Order, OrderStatus Status, BrokerFill? Fill, string? RejectReason, string? ExchangeOrderId = null);
