namespace Trader.Domain;

/// <summary>
/// The request's timestamp fell outside the exchange's receive window (ccxt <c>InvalidNonce</c>, Binance -1021).
/// Transient: the adapter resynchronises its clock offset and retries once before raising it.
/// </summary>
public sealed class InvalidNonceException(string message, Exception? inner = null) : TransientExchangeException(message, inner);
