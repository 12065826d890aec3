
namespace Trader.Domain;

/// <summary>
/// One exchange account, shaped like ccxt's unified API so a ccxt-based adapter can replace a hand-written one.
/// Symbols are unified (<c>BTC/USDT</c>); amounts are in the base asset, prices and costs in the quote asset.
/// Every failure is an <see cref="ExchangeException"/>; transient ones derive from
/// <see cref="TransientExchangeException"/>. Implementations do not retry or throttle: decorators do.
/// </summary>
public interface IExchange
{
    /// <summary>Short lowercase name, as in the YAML <c>exchange:</c> key (<c>binance</c>, <c>sim</c>).</summary>
    string Name { get; }

    /// <summary>All tradable markets, keyed by unified symbol. Adapters cache them after the first call.</summary>
    Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct);

    /// <summary>Closed and forming candles from <paramref name="sinceMs"/> (open time, Unix ms UTC), oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct);

    /// <summary>Last price and 24 h statistics of one market.</summary>
    Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct);

    /// <summary>Free and locked amount of every asset the account holds.</summary>
    Task<Balance> FetchBalanceAsync(CancellationToken ct);

    /// <summary>
    /// Places an order. <paramref name="amount"/> (base asset) and <paramref name="price"/> (quote per base, limit orders
    /// only) are rounded down to the market's step and tick first; an order below the market's minimums fails locally
    /// with <see cref="InvalidOrderException"/>. <paramref name="clientOrderId"/> makes retries idempotent.
    /// </summary>
    Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct);

    /// <summary>
    /// Places a stop-limit order (ccxt <c>createStopLimitOrder</c>): it waits until the last price crosses
    /// <paramref name="stopPrice"/> (falls to it for a sell, rises to it for a buy) and then rests as a limit order at
    /// <paramref name="limitPrice"/>. The exchange holds it, so it protects a position while this process is down.
    /// Amount and prices are rounded to the market's step and tick like <see cref="CreateOrderAsync"/>.
    /// </summary>
    /// <exception cref="InvalidOrderException">A filter fails, or the stop is already crossed (it would trigger at once).</exception>
    /// <exception cref="InsufficientFundsException">The free balance cannot cover it.</exception>
    Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct);

    /// <summary>Cancels an open order and returns its final state.</summary>
    Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct);

    /// <summary>Current state of one order, by exchange id or client order id.</summary>
    Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct);

    /// <summary>Orders of one market that are still open.</summary>
    Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct);

    /// <summary>
    /// The account's fills in one market, oldest first, at most <paramref name="limit"/>: the first from
    /// <paramref name="sinceMs"/> (Unix ms UTC), or the most recent when it is null.
    /// </summary>
    Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct);

    /// <summary>The exchange's clock, Unix ms UTC.</summary>
    Task<long> FetchTimeAsync(CancellationToken ct);

    /// <summary>
    /// The venue's OCO order lists, or null where it has none (a stop-limit then rests alone). The retrying decorator
    /// retries them like orders; the others pass the inner venue's through (see docs/exchange.md).
    /// </summary>
    IOrderListExchange? OrderLists => null;
}
