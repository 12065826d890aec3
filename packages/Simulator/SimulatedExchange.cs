using Trader.Domain;

namespace Trader.Simulator;

/// <summary>
/// The simulator as an in-process <see cref="IExchange"/> (<c>exchange: sim</c>): no HTTP, same rules.
/// Orders are rounded and checked against the market's minimums here, as a real adapter does before sending.
/// </summary>
public sealed class SimulatedExchange(Venue venue) : IExchange
{
    /// <inheritdoc />
    public string Name => "sim";

    /// <summary>The venue behind this exchange (shared with tests that inspect it).</summary>
    public Venue Venue { get; } = venue;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) => Run(() => Venue.Markets, ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct) =>
        Run(() => Venue.Candles(symbol, timeframe, sinceMs, null, limit), ct);

    /// <inheritdoc />
    public Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct) => Run(() => Venue.Ticker(symbol), ct);

    /// <inheritdoc />
    public Task<Balance> FetchBalanceAsync(CancellationToken ct) => Run(Venue.Balance, ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct) =>
        Run(() =>
        {
            if (!Venue.Markets.TryGetValue(symbol, out var market)) return Venue.Place(symbol, type, side, amount, price, clientOrderId);
            var (a, p) = market.PrepareOrder(type, side, amount, price, Venue.Ticker(symbol).Last);
            return Venue.Place(symbol, type, side, a, p, clientOrderId);
        }, ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct) =>
        Run(() =>
        {
            if (!Venue.Markets.TryGetValue(symbol, out var market)) return Venue.Place(symbol, OrderType.StopLossLimit, side, amount, limitPrice, clientOrderId, stopPrice);
            var (a, p) = market.PrepareOrder(OrderType.StopLossLimit, side, amount, limitPrice, null);
            return Venue.Place(symbol, OrderType.StopLossLimit, side, a, p, clientOrderId, market.RoundPrice(stopPrice));
        }, ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct) => Run(() => Venue.Cancel(symbol, order), ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct) => Run(() => Venue.Order(symbol, order), ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct) => Run(() => Venue.OpenOrders(symbol), ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct) =>
        Run(() => Venue.Trades(symbol, sinceMs, null, null, limit), ct);

    /// <inheritdoc />
    public Task<long> FetchTimeAsync(CancellationToken ct) => Run(() => Venue.NowMs, ct);

    private static Task<T> Run<T>(Func<T> action, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        try
        {
            return Task.FromResult(action());
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }
}
