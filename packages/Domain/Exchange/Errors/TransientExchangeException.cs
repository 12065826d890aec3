namespace Trader.Domain;

/// <summary>An error that may pass if the same request is sent again after a pause (ccxt <c>NetworkError</c>).</summary>
public class TransientExchangeException(string message, Exception? inner = null) : ExchangeException(message, inner);
