using Trader.Core.Domain;
using Trader.Core.Ports;
using Trader.Execution.Brokers;
using Trader.Execution.Engine;

namespace Trader.Execution.Journal;

/// <summary>
/// Records the engine's orders, fills, trades and equity through Core's storage ports (the SQLite stores in
/// production), so a trader's history survives restarts and other processes can read it. Order and fill
/// writes are idempotent (same client order id, same fill id), so replaying a decision after a crash is harmless.
/// </summary>
public sealed class StoreJournal : IExecutionJournal
{
    private readonly string _instance;
    private readonly string _exchange;
    private readonly string _symbol;
    private readonly string _quote;
    private readonly IOrderStore _orders;
    private readonly IFillStore _fills;
    private readonly ITradeStore _trades;
    private readonly IEquityStore _equity;
    private long? _openTradeId;

    /// <param name="instance">Instance name the rows belong to.</param>
    /// <param name="exchange">Exchange id, e.g. <c>binance</c>.</param>
    /// <param name="symbol">Unified symbol, e.g. <c>BTC/USDT</c>; fees are in its quote currency.</param>
    /// <param name="orders">Order store.</param>
    /// <param name="fills">Fill store.</param>
    /// <param name="trades">Round-trip store.</param>
    /// <param name="equity">Equity snapshot store.</param>
    public StoreJournal(string instance, string exchange, string symbol, IOrderStore orders, IFillStore fills, ITradeStore trades, IEquityStore equity)
    {
        ArgumentException.ThrowIfNullOrEmpty(instance);
        ArgumentException.ThrowIfNullOrEmpty(exchange);
        ArgumentException.ThrowIfNullOrEmpty(symbol);
        _instance = instance;
        _exchange = exchange;
        _symbol = symbol;
        _quote = symbol[(symbol.IndexOf('/') + 1)..];
        _orders = orders ?? throw new ArgumentNullException(nameof(orders));
        _fills = fills ?? throw new ArgumentNullException(nameof(fills));
        _trades = trades ?? throw new ArgumentNullException(nameof(trades));
        _equity = equity ?? throw new ArgumentNullException(nameof(equity));
    }

    /// <inheritdoc />
    public async Task OrderAsync(OrderResult order, CancellationToken ct)
    {
        var o = order.Order;
        var fill = order.Fill;
        var type = o.Trigger == OrderTrigger.Target ? OrderType.Limit : OrderType.Market;
        await _orders.UpsertAsync(new Order(
            o.ClientOrderId, _instance, _exchange, _symbol, o.Side, type, order.Status,
            o.Price,
            fill?.Amount ?? (o.Side == OrderSide.Sell ? o.Amount : 0m),
            fill?.Amount ?? 0m,
            fill?.Price,
            fill?.Fee ?? 0m,
            fill is null ? null : _quote,
            o.TimeMs,
            fill?.TimeMs ?? o.TimeMs,
            null,
            order.RejectReason ?? o.Reason), ct);
        if (fill is not null)
        {
            // One simulated fill per order: its id is the order's, which keeps replays idempotent.
            await _fills.AddAsync(new Fill(o.ClientOrderId, o.ClientOrderId, _symbol, fill.Side, fill.Price, fill.Amount, fill.Fee, _quote, fill.TimeMs), ct);
        }
    }

    /// <inheritdoc />
    public async Task TradeOpenedAsync(OpenPosition position, CancellationToken ct)
    {
        var trade = await _trades.OpenAsync(
            new Trade(0, _instance, _symbol, OrderSide.Buy, position.Amount, position.EntryTimeMs, position.EntryPrice, position.EntryOrderId), ct);
        _openTradeId = trade.Id;
    }

    /// <inheritdoc />
    public async Task TradeClosedAsync(RoundTrip trade, CancellationToken ct)
    {
        long? id = _openTradeId;
        if (id is null)
        {
            // After a restart the id is not in memory: find the open trade its entry order created.
            var open = await _trades.ListOpenAsync(_instance, ct);
            id = open.FirstOrDefault(t => t.EntryClientOrderId == trade.EntryOrderId)?.Id
                ?? throw new InvalidOperationException($"No open trade of {_instance} was entered by {trade.EntryOrderId}; cannot record its exit.");
        }
        await _trades.CloseAsync(id.Value, new TradeExit(trade.ExitTimeMs, trade.ExitPrice, trade.ExitOrderId, trade.Fees, trade.Pnl, ExitReasons.Name(trade.ExitReason)), ct);
        _openTradeId = null;
    }

    /// <inheritdoc />
    public ValueTask EquityAsync(EquityPoint point, CancellationToken ct) =>
        new(_equity.AddAsync(new EquitySnapshot(_instance, point.TimeMs, point.Equity, point.Cash, point.PositionValue), ct));
}
