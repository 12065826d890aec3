using Trader.Core.Domain;
using Trader.Timeframes;

namespace Trader.Exchange.Simulator;

/// <summary>
/// The simulator as an in-process <see cref="IExchange"/> (<c>exchange: sim</c>): no HTTP, same rules.
/// Orders are rounded and checked against the market's minimums here, as a real adapter does before sending.
/// </summary>
public sealed class SimulatedExchange(MatchingEngine engine) : IExchange
{
    /// <inheritdoc />
    public string Name => "sim";

    /// <summary>The engine behind this exchange (shared with tests that inspect it).</summary>
    public MatchingEngine Engine { get; } = engine;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) => Run(() => Engine.Markets, ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct) =>
        Run(() => Engine.Candles(symbol, timeframe, sinceMs, null, limit), ct);

    /// <inheritdoc />
    public Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct) => Run(() => Engine.Ticker(symbol), ct);

    /// <inheritdoc />
    public Task<Balance> FetchBalanceAsync(CancellationToken ct) => Run(Engine.Balance, ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct) =>
        Run(() =>
        {
            if (!Engine.Markets.TryGetValue(symbol, out var market)) return Engine.Place(symbol, type, side, amount, price, clientOrderId);
            var (a, p) = market.PrepareOrder(type, side, amount, price, Engine.Ticker(symbol).Last);
            return Engine.Place(symbol, type, side, a, p, clientOrderId);
        }, ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct) => Run(() => Engine.Cancel(symbol, order), ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct) => Run(() => Engine.Order(symbol, order), ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct) => Run(() => Engine.OpenOrders(symbol), ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct) =>
        Run(() => Engine.Trades(symbol, sinceMs, null, null, limit), ct);

    /// <inheritdoc />
    public Task<long> FetchTimeAsync(CancellationToken ct) => Run(() => Engine.NowMs, ct);

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
