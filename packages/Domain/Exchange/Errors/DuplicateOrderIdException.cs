namespace Trader.Domain;

/// <summary>
/// An open order already carries this client order id (ccxt <c>DuplicateOrderId</c>). After a retried create it means
/// the first attempt reached the exchange; the retry decorator then fetches that order instead of failing.
/// </summary>
public sealed class DuplicateOrderIdException(string message, Exception? inner = null) : InvalidOrderException(message, inner);
