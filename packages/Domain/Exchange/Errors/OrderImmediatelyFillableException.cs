namespace Trader.Domain;

/// <summary>
/// A post-only order (<see cref="OrderType.LimitMaker"/>) whose price would match at once: the exchange refuses it
/// rather than let it take (Binance -2010 "Order would immediately match and take.", ccxt's OrderImmediatelyFillable).
/// Not worth a retry at the same price.
/// </summary>
public sealed class OrderImmediatelyFillableException(string message, Exception? inner = null) : InvalidOrderException(message, inner);
