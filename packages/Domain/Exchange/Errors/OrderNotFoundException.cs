namespace Trader.Domain;

/// <summary>No order matches the id or client order id (ccxt <c>OrderNotFound</c>). Permanent.</summary>
public sealed class OrderNotFoundException(string message, Exception? inner = null) : InvalidOrderException(message, inner);
