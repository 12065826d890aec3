using Trader.Domain;

namespace Trader.Exchange.Decorators;

/// <summary>
/// Throttling decorator: every call that reaches the venue first takes its declared weight from a shared
/// <see cref="WeightLimiter"/>; the market listing, cached by the adapter, is charged by the adapter when it is fetched.
/// </summary>
public sealed class ThrottledExchange(IExchange inner, WeightLimiter limiter, RequestWeights weights) : IExchange
{
    /// <inheritdoc />
    public string Name => inner.Name;

    /// <inheritdoc />
    public IOrderListExchange? OrderLists => inner.OrderLists;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) =>
        // The adapter's market cache charges the listing when it fetches it (RequestWeights.LoadMarkets): the callers
        // that ask again (each session, each entry's funds check, each fee conversion) are answered from the cache, which
        // sends nothing, so charging them would spend budget on requests never made and hold real ones back for it.
        inner.LoadMarketsAsync(ct);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct)
    {
        await limiter.AcquireAsync(weights.FetchOhlcv, ct);
        return await inner.FetchOhlcvAsync(symbol, timeframe, sinceMs, limit, ct);
    }

    /// <inheritdoc />
    public async Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct)
    {
        await limiter.AcquireAsync(weights.FetchTicker, ct);
        return await inner.FetchTickerAsync(symbol, ct);
    }

    /// <inheritdoc />
    public async Task<Balance> FetchBalanceAsync(CancellationToken ct)
    {
        await limiter.AcquireAsync(weights.FetchBalance, ct);
        return await inner.FetchBalanceAsync(ct);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct)
    {
        await limiter.AcquireAsync(weights.CreateOrder, ct);
        return await inner.CreateOrderAsync(symbol, type, side, amount, price, clientOrderId, ct);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct)
    {
        await limiter.AcquireAsync(weights.CreateOrder, ct);
        return await inner.CreateStopLimitOrderAsync(symbol, side, amount, stopPrice, limitPrice, clientOrderId, ct);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        await limiter.AcquireAsync(weights.CancelOrder, ct);
        return await inner.CancelOrderAsync(symbol, order, ct);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        await limiter.AcquireAsync(weights.FetchOrder, ct);
        return await inner.FetchOrderAsync(symbol, order, ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct)
    {
        await limiter.AcquireAsync(weights.FetchOpenOrders, ct);
        return await inner.FetchOpenOrdersAsync(symbol, ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct)
    {
        await limiter.AcquireAsync(weights.FetchMyTrades, ct);
        return await inner.FetchMyTradesAsync(symbol, sinceMs, limit, ct);
    }

    /// <inheritdoc />
    public async Task<long> FetchTimeAsync(CancellationToken ct)
    {
        await limiter.AcquireAsync(weights.FetchTime, ct);
        return await inner.FetchTimeAsync(ct);
    }
}
