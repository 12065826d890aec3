namespace Trader.Domain;

/// <summary>The exchange does not list this symbol (ccxt <c>BadSymbol</c>). Permanent: check the symbol spelling (BTC/USDT).</summary>
public sealed class BadSymbolException(string message, Exception? inner = null) : ExchangeException(message, inner);
