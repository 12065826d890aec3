
namespace Trader.Domain;

/// <summary>
/// Root of every exchange error (ccxt <c>ExchangeError</c>). A plain <see cref="ExchangeException"/> is permanent:
/// retrying the same request will fail the same way (for example a malformed response). Transient errors derive
/// from <see cref="TransientExchangeException"/>.
/// </summary>
public class ExchangeException(string message, Exception? inner = null) : TraderException(message, inner);
