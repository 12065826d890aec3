namespace Trader.Domain;

/// <summary>The exchange refused the API key or the signature (ccxt <c>AuthenticationError</c>). Permanent: fix the credentials.</summary>
public sealed class AuthenticationException(string message, Exception? inner = null) : ExchangeException(message, inner);
