namespace Trader.Domain;

/// <summary>
/// A stop order whose stop the price has already crossed: the exchange refuses it rather than trigger it at once
/// (Binance -2010 "Order would immediately trigger."). The caller decides what now: usually exit at market.
/// </summary>
public sealed class OrderWouldTriggerException(string message, Exception? inner = null) : InvalidOrderException(message, inner);
