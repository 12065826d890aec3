namespace Trader.Domain;

/// <summary>The exchange could not be reached or answered 5xx (ccxt <c>ExchangeNotAvailable</c>). Transient.</summary>
public sealed class ExchangeNotAvailableException(string message, Exception? inner = null) : TransientExchangeException(message, inner);
