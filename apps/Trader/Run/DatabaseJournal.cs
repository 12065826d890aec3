using Trader.Domain;
using Trader.Database;
using Trader.Execution.Brokers;
using Trader.Execution.Engine;
using Trader.Execution.Journal;

namespace Trader.Trader.Run;

/// <summary>
/// Records what the engine does into the shared database: orders (every state change, with the exchange's order id
/// when live), one fill per filled order (the engine's fill: net amount, fee in quote) written in the same transaction
/// as the order's filled state together with its alert in the outbox (<see cref="FillAlert"/>), round trips and an
/// equity snapshot per candle. The one writer of an instance's orders
/// and fills, paper and live: the live broker only reads them, and nothing else writes them.
/// Idempotent, because a restarted trader replays its history through a fresh engine: an order already recorded in
/// the same state, a trade already opened or closed, and equity at or before the last stored snapshot are skipped.
/// </summary>
internal sealed class DatabaseJournal : IExecutionJournal
{
    private readonly TradingDatabase _db;
    private readonly string _instance;
    private readonly string _exchange;
    private readonly string _symbol;
    private readonly string _quote;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, OrderStatus> _orders;
    private readonly Dictionary<string, Trade> _trades;
    private long _lastEquityMs;

    private DatabaseJournal(TradingDatabase db, string instance, string exchange, string symbol, string quote, TimeProvider clock,
        Dictionary<string, OrderStatus> orders, Dictionary<string, Trade> trades, long lastEquityMs)
    {
        (_db, _instance, _exchange, _symbol, _quote, _clock) = (db, instance, exchange, symbol, quote, clock);
        (_orders, _trades, _lastEquityMs) = (orders, trades, lastEquityMs);
    }

    /// <summary>Loads what the instance recorded before, so a replay skips it.</summary>
    public static async Task<DatabaseJournal> OpenAsync(
        TradingDatabase db, string instance, string exchange, string symbol, string quote, TimeProvider clock, CancellationToken ct)
    {
        var orders = (await db.Orders.ListAsync(instance, ct)).ToDictionary(o => o.ClientOrderId, o => o.Status, StringComparer.Ordinal);
        var trades = new Dictionary<string, Trade>(StringComparer.Ordinal);
        foreach (var trade in await db.Trades.ListAsync(instance, ct))
        {
            if (trade.EntryClientOrderId is { } entry) trades[entry] = trade;
        }
        var equity = await db.Equity.ListAsync(instance, 0, long.MaxValue, ct);
        return new DatabaseJournal(db, instance, exchange, symbol, quote, clock, orders, trades, equity.Count > 0 ? equity[^1].TimeMs : long.MinValue);
    }

    public async Task OrderAsync(OrderResult order, long timeMs, CancellationToken ct)
    {
        var id = order.Order.ClientOrderId;
        // A final state never changes, so a replay (which passes through Open again) writes nothing for it.
        if (_orders.TryGetValue(id, out var known) && (known == order.Status || known != OrderStatus.Open)) return;
        var fill = order.Fill;
        // Later states carry later times (the store keeps the newest): the booking time, never before the order or its fill.
        long updatedMs = Math.Max(Math.Max(order.Order.TimeMs, timeMs), fill?.TimeMs ?? long.MinValue);
        var row = new Order(
            id, _instance, _exchange, _symbol, order.Order.Side, order.Order.Type, order.Status, order.Order.OrderLimitPrice,
            fill?.Amount ?? order.Order.Amount, fill?.Amount ?? 0m, fill?.Price, fill?.Fee ?? 0m, fill is null ? null : _quote,
            order.Order.TimeMs, updatedMs, order.ExchangeOrderId, order.RejectReason ?? order.Order.Reason);
        // The order, its fill and its alert in one transaction: a kill between two writes left orders filled without a fill.
        if (fill is null)
        {
            await _db.Orders.UpsertWithFillsAsync(row, [], ct);
        }
        else
        {
            await _db.Orders.UpsertWithFillsAsync(row, [new Fill(id, "1", _symbol, fill.Side, fill.Price, fill.Amount, fill.Fee, _quote, fill.TimeMs)],
                FillAlert.Of(_instance, _symbol, _quote, order.Order, fill), _clock.GetUtcNow().ToUnixTimeMilliseconds(), ct);
        }
        _orders[id] = order.Status;
    }

    public async Task TradeOpenedAsync(OpenPosition position, CancellationToken ct)
    {
        if (_trades.ContainsKey(position.EntryOrderId)) return;
        _trades[position.EntryOrderId] = await _db.Trades.OpenAsync(new Trade(
            0, _instance, _symbol, OrderSide.Buy, position.Amount, position.EntryTimeMs, position.EntryPrice, position.EntryOrderId), ct);
    }

    public async Task TradeClosedAsync(RoundTrip trade, CancellationToken ct)
    {
        if (!_trades.TryGetValue(trade.EntryOrderId, out var stored) || !stored.IsOpen) return;
        var exit = new TradeExit(trade.ExitTimeMs, trade.ExitPrice, trade.ExitOrderId, trade.Fees, trade.Pnl, ExitReasons.Name(trade.ExitReason));
        await _db.Trades.CloseAsync(stored.Id, exit, ct);
        _trades[trade.EntryOrderId] = stored with { Exit = exit };
    }

    public async ValueTask EquityAsync(EquityPoint point, CancellationToken ct)
    {
        if (point.TimeMs <= _lastEquityMs) return;
        await _db.Equity.AddAsync(new EquitySnapshot(_instance, point.TimeMs, point.Equity, point.Cash, point.PositionValue), ct);
        _lastEquityMs = point.TimeMs;
    }
}
