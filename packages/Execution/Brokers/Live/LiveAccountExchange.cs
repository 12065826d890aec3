using Trader.Domain;

namespace Trader.Execution.Brokers.Live;

/// <summary>
/// The exchange as a live instance's <see cref="LiveBroker"/> sees it: buys go through the <see cref="FundsGuard"/>
/// (never beyond the account's free balance less what other instances reserved), and the account's trades come with
/// third-asset fees valued in quote when <see cref="FeeConversion"/> is on. Everything else passes through unchanged.
/// Wraps the retrying adapter, so the guard's balance reads are retried like any request and a send is not repeated.
/// </summary>
/// <param name="inner">The retrying, throttled adapter.</param>
/// <param name="funds">Guards buys.</param>
/// <param name="fees">Converts third-asset fees; null leaves them as charged (<c>live.convert_fees: false</c>).</param>
public sealed class LiveAccountExchange(IExchange inner, FundsGuard funds, FeeConversion? fees) : IExchange
{
    /// <inheritdoc />
    public string Name => inner.Name;

    /// <inheritdoc />
    public IOrderListExchange? OrderLists => inner.OrderLists;

    /// <inheritdoc />
    public Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct) =>
        side == OrderSide.Buy
            ? funds.BuyAsync(symbol, type, amount, price, clientOrderId, ct)
            : inner.CreateOrderAsync(symbol, type, side, amount, price, clientOrderId, ct);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct)
    {
        var trades = await inner.FetchMyTradesAsync(symbol, sinceMs, limit, ct);
        return fees is null ? trades : await fees.InQuoteAsync(symbol, trades, ct);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) => inner.LoadMarketsAsync(ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct) =>
        inner.FetchOhlcvAsync(symbol, timeframe, sinceMs, limit, ct);

    /// <inheritdoc />
    public Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct) => inner.FetchTickerAsync(symbol, ct);

    /// <inheritdoc />
    public Task<Balance> FetchBalanceAsync(CancellationToken ct) => inner.FetchBalanceAsync(ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct) =>
        inner.CreateStopLimitOrderAsync(symbol, side, amount, stopPrice, limitPrice, clientOrderId, ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct) => inner.CancelOrderAsync(symbol, order, ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct) => inner.FetchOrderAsync(symbol, order, ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct) => inner.FetchOpenOrdersAsync(symbol, ct);

    /// <inheritdoc />
    public Task<long> FetchTimeAsync(CancellationToken ct) => inner.FetchTimeAsync(ct);
}
