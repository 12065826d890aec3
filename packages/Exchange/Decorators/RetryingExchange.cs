using Polly;
using Polly.Retry;
using Serilog;
using Trader.Domain;

namespace Trader.Exchange.Decorators;

/// <summary>
/// Retry decorator (Polly): transient errors (<see cref="TransientExchangeException"/>: 5xx, timeouts, dropped
/// connections, 429/418) are retried with jittered exponential back-off, honouring Retry-After; permanent errors pass
/// straight through. Creating an order stays idempotent: before a retry it looks the order up by client order id, and
/// a "duplicate client order id" answer on a retry means the first attempt landed, so that order is returned. The venue's
/// order lists are retried by the same rules (<see cref="RetryingOrderLists"/>).
/// </summary>
public sealed class RetryingExchange : IExchange
{
    private readonly IExchange _inner;
    private readonly ResiliencePipeline _pipeline;

    /// <param name="inner">The exchange to protect.</param>
    /// <param name="options">Attempts and back-off.</param>
    /// <param name="clock">Time source for the back-off waits.</param>
    /// <param name="log">Where retries are reported.</param>
    public RetryingExchange(IExchange inner, RetryOptions options, TimeProvider clock, ILogger log)
    {
        _inner = inner;
        OrderLists = inner.OrderLists is { } lists ? new RetryingOrderLists(lists, this) : null;
        var logger = log.ForContext<RetryingExchange>();
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TransientExchangeException>(),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstDelay,
                MaxDelay = options.DelayCap,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Outcome.Exception is RateLimitExceededException { RetryAfter: var wait } && wait > TimeSpan.Zero ? wait : null),
                OnRetry = args =>
                {
                    logger.Warning("Retrying {Operation} on {Exchange} in {DelayMs} ms (retry {Attempt}) after {Error}",
                        args.Context.OperationKey, inner.Name, (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <inheritdoc />
    public string Name => _inner.Name;

    /// <inheritdoc />
    public IOrderListExchange? OrderLists { get; }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) =>
        RunAsync("load markets", _inner.LoadMarketsAsync, ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct) =>
        RunAsync("fetch OHLCV", c => _inner.FetchOhlcvAsync(symbol, timeframe, sinceMs, limit, c), ct);

    /// <inheritdoc />
    public Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct) => RunAsync("fetch ticker", c => _inner.FetchTickerAsync(symbol, c), ct);

    /// <inheritdoc />
    public Task<Balance> FetchBalanceAsync(CancellationToken ct) => RunAsync("fetch balance", _inner.FetchBalanceAsync, ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct) =>
        PlaceOnceAsync("create order", symbol, clientOrderId, c => _inner.CreateOrderAsync(symbol, type, side, amount, price, clientOrderId, c), ct);

    /// <inheritdoc />
    public Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct) =>
        PlaceOnceAsync("create stop-limit order", symbol, clientOrderId, c => _inner.CreateStopLimitOrderAsync(symbol, side, amount, stopPrice, limitPrice, clientOrderId, c), ct);

    // After a failure we cannot tell whether the order reached the exchange; look for its client id before sending it again.
    private Task<ExchangeOrder> PlaceOnceAsync(string what, string symbol, string clientOrderId, Func<CancellationToken, Task<ExchangeOrder>> send, CancellationToken ct)
    {
        int attempt = 0;
        return RunAsync(what, async c =>
        {
            if (attempt++ > 0 && await FindAsync(symbol, clientOrderId, c) is { } landed) return landed;
            try
            {
                return await send(c);
            }
            catch (DuplicateOrderIdException) when (attempt > 1)
            {
                return await _inner.FetchOrderAsync(symbol, OrderRef.ByClientId(clientOrderId), c);
            }
        }, ct);
    }

    /// <inheritdoc />
    public Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        int attempt = 0;
        return RunAsync("cancel order", async c =>
        {
            try
            {
                attempt++;
                return await _inner.CancelOrderAsync(symbol, order, c);
            }
            catch (OrderNotFoundException) when (attempt > 1)
            {
                // The first attempt may have cancelled it; report the order's final state instead of failing.
                return await _inner.FetchOrderAsync(symbol, order, c);
            }
        }, ct);
    }

    /// <inheritdoc />
    public Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct) =>
        RunAsync("fetch order", c => _inner.FetchOrderAsync(symbol, order, c), ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct) =>
        RunAsync("fetch open orders", c => _inner.FetchOpenOrdersAsync(symbol, c), ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct) =>
        RunAsync("fetch my trades", c => _inner.FetchMyTradesAsync(symbol, sinceMs, limit, c), ct);

    /// <inheritdoc />
    public Task<long> FetchTimeAsync(CancellationToken ct) => RunAsync("fetch time", _inner.FetchTimeAsync, ct);

    private async Task<ExchangeOrder?> FindAsync(string symbol, string clientOrderId, CancellationToken ct)
    {
        try
        {
            return await _inner.FetchOrderAsync(symbol, OrderRef.ByClientId(clientOrderId), ct);
        }
        catch (OrderNotFoundException)
        {
            return null;
        }
    }

    // Runs one call under the retry pipeline (also for RetryingOrderLists).
    internal async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(operation, ct);
        try
        {
            return await _pipeline.ExecuteAsync(async c => await call(c.CancellationToken), context);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
