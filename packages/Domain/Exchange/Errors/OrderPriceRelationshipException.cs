namespace Trader.Domain;

/// <summary>
/// An OCO whose prices are on the wrong sides of the last price (a sell: limit above it, stop below it), Binance -2010
/// "The relationship of the prices for the orders is not correct.": usually the target or the stop was already reached.
/// </summary>
public sealed class OrderPriceRelationshipException(string message, Exception? inner = null) : InvalidOrderException(message, inner);
