namespace Trader.Domain;

/// <summary>No answer within the request timeout (ccxt <c>RequestTimeout</c>). Transient; an order may still have been placed.</summary>
public sealed class RequestTimeoutException(string message, Exception? inner = null) : TransientExchangeException(message, inner);
