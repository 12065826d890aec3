using Trader.Domain;
using Trader.Database;
using Trader.Execution.Brokers;
using Trader.Execution.Engine;
using Trader.Execution.Journal;

namespace Trader.Trader.Run;

/// <summary>
/// Records what the engine does into the shared database: orders (every state change, with the exchange's order id
/// when live), one fill row per booked fill (the engine's fill: net amount, fee in quote; a live limit order filling in
/// parts has one row per part, <see cref="PartFillIds"/>, and its row stays open with the parts' totals until it ends)
/// written in the same transaction
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
    // Fills booked per order in this run (a replay books the same ones in the same order): the parts and the totals.
    private readonly Dictionary<string, (int Parts, decimal Amount, decimal Notional, decimal Fee)> _booked = new(StringComparer.Ordinal);
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
        var fill = order.Fill;
        bool part = order.Status == OrderStatus.Open && fill is not null;
        var booked = _booked.GetValueOrDefault(id);
        string? fillId = fill is null ? null : part ? PartFillIds.Part(booked.Parts + 1) : PartFillIds.End(booked.Parts);
        if (fill is not null) booked = (booked.Parts + (part ? 1 : 0), booked.Amount + fill.Amount, booked.Notional + fill.Notional, booked.Fee + fill.Fee);
        _booked[id] = booked;
        // A final state never changes, so a replay (which passes through Open again) writes nothing for it; an open order
        // is written again only for a new part (a part recorded before is not stored twice: same order and fill id).
        if (_orders.TryGetValue(id, out var known) && (known != OrderStatus.Open || (known == order.Status && !part))) return;
        // Later states carry later times (the store keeps the newest): the booking time, never before the order or its fill.
        long updatedMs = Math.Max(Math.Max(order.Order.TimeMs, timeMs), fill?.TimeMs ?? long.MinValue);
        bool filled = booked.Amount > 0m;
        var row = new Order(
            id, _instance, _exchange, _symbol, order.Order.Side, order.Order.Type, order.Status, order.Order.OrderLimitPrice,
            filled && !part ? booked.Amount : order.Order.Amount, booked.Amount, filled ? booked.Notional / booked.Amount : null, booked.Fee, filled ? _quote : null,
            order.Order.TimeMs, updatedMs, order.ExchangeOrderId, order.RejectReason ?? order.Order.Reason);
        // The order, its fill and its alert in one transaction: a kill between two writes left orders filled without a fill.
        if (fill is null)
        {
            await _db.Orders.UpsertWithFillsAsync(row, [], ct);
        }
        else
        {
            await _db.Orders.UpsertWithFillsAsync(row, [new Fill(id, fillId!, _symbol, fill.Side, fill.Price, fill.Amount, fill.Fee, _quote, fill.TimeMs)],
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

    public async Task TradeResizedAsync(OpenPosition position, CancellationToken ct)
    {
        // A lot only grows: a replay passing through a smaller amount than the one recorded writes nothing.
        if (!_trades.TryGetValue(position.EntryOrderId, out var stored) || !stored.IsOpen || position.Amount <= stored.Amount) return;
        await _db.Trades.ResizeAsync(stored.Id, position.Amount, position.EntryPrice, ct);
        _trades[position.EntryOrderId] = stored with { Amount = position.Amount, EntryPrice = position.EntryPrice };
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
