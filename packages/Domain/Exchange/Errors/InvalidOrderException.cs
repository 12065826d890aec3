namespace Trader.Domain;

/// <summary>The order breaks a market rule: minimum amount or notional, tick, step, type (ccxt <c>InvalidOrder</c>). Permanent.</summary>
public class InvalidOrderException(string message, Exception? inner = null) : ExchangeException(message, inner);
