using Trader.Domain;

namespace Trader.Exchange.Decorators;

/// <summary>
/// Measuring decorator: times every request and counts its failures into an <see cref="ExchangeMeter"/>, per ccxt-style
/// method name. It sits right around the venue's adapter (inside throttling and retries), so each attempt is one request
/// and its time is the venue's answer time, not a wait for the budget or a back-off. Cancellation is not a failure.
/// </summary>
public sealed class MeasuredExchange(IExchange inner, ExchangeMeter meter, TimeProvider clock) : IExchange
{
    /// <inheritdoc />
    public string Name => inner.Name;

    /// <inheritdoc />
    public IOrderListExchange? OrderLists => inner.OrderLists;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) => Measure("load_markets", () => inner.LoadMarketsAsync(ct));

    /// <inheritdoc />
    public Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct) =>
        Measure("fetch_ohlcv", () => inner.FetchOhlcvAsync(symbol, timeframe, sinceMs, limit, ct));

    /// <inheritdoc />
    public Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct) => Measure("fetch_ticker", () => inner.FetchTickerAsync(symbol, ct));

    /// <inheritdoc />
    public Task<Balance> FetchBalanceAsync(CancellationToken ct) => Measure("fetch_balance", () => inner.FetchBalanceAsync(ct));

    /// <inheritdoc />
    public Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct) =>
        Measure("create_order", () => inner.CreateOrderAsync(symbol, type, side, amount, price, clientOrderId, ct));

    /// <inheritdoc />
    public Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct) =>
        Measure("create_stop_limit_order", () => inner.CreateStopLimitOrderAsync(symbol, side, amount, stopPrice, limitPrice, clientOrderId, ct));

    /// <inheritdoc />
    public Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct) => Measure("cancel_order", () => inner.CancelOrderAsync(symbol, order, ct));

    /// <inheritdoc />
    public Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct) => Measure("fetch_order", () => inner.FetchOrderAsync(symbol, order, ct));

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct) => Measure("fetch_open_orders", () => inner.FetchOpenOrdersAsync(symbol, ct));

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct) =>
        Measure("fetch_my_trades", () => inner.FetchMyTradesAsync(symbol, sinceMs, limit, ct));

    /// <inheritdoc />
    public Task<long> FetchTimeAsync(CancellationToken ct) => Measure("fetch_time", () => inner.FetchTimeAsync(ct));

    private async Task<T> Measure<T>(string method, Func<Task<T>> request)
    {
        long started = clock.GetTimestamp();
        try
        {
            var result = await request().ConfigureAwait(false);
            meter.Record(method, clock.GetElapsedTime(started), failed: false);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            meter.Record(method, clock.GetElapsedTime(started), failed: true);
            throw;
        }
    }
}
