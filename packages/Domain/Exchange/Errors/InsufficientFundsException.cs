namespace Trader.Domain;

/// <summary>The account lacks the free balance the order needs (ccxt <c>InsufficientFunds</c>). Permanent for this order.</summary>
public sealed class InsufficientFundsException(string message, Exception? inner = null) : ExchangeException(message, inner);
