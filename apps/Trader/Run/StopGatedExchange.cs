using Trader.Domain;

namespace Trader.Trader.Run;

/// <summary>
/// The live broker's exchange, telling the <see cref="StopGate"/> before each request that changes the account (an order
/// placed or canceled), so a stop request never cuts short a step that has sent one. Everything else passes through.
/// </summary>
internal sealed class StopGatedExchange(IExchange inner, StopGate gate) : IExchange
{
    public string Name => inner.Name;

    public IOrderListExchange? OrderLists => inner.OrderLists;

    public Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct)
    {
        gate.BeforeChange(ct);
        return inner.CreateOrderAsync(symbol, type, side, amount, price, clientOrderId, ct);
    }

    public Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct)
    {
        gate.BeforeChange(ct);
        return inner.CreateStopLimitOrderAsync(symbol, side, amount, stopPrice, limitPrice, clientOrderId, ct);
    }

    public Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        gate.BeforeChange(ct);
        return inner.CancelOrderAsync(symbol, order, ct);
    }

    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) => inner.LoadMarketsAsync(ct);

    public Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct) =>
        inner.FetchOhlcvAsync(symbol, timeframe, sinceMs, limit, ct);

    public Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct) => inner.FetchTickerAsync(symbol, ct);

    public Task<Balance> FetchBalanceAsync(CancellationToken ct) => inner.FetchBalanceAsync(ct);

    public Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct) => inner.FetchOrderAsync(symbol, order, ct);

    public Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct) => inner.FetchOpenOrdersAsync(symbol, ct);

    public Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct) =>
        inner.FetchMyTradesAsync(symbol, sinceMs, limit, ct);

    public Task<long> FetchTimeAsync(CancellationToken ct) => inner.FetchTimeAsync(ct);
}
