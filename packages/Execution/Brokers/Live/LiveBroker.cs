using Serilog;
using Trader.Domain;
using Trader.Execution.Journal;

namespace Trader.Execution.Brokers.Live;

/// <summary>
/// The broker of live trading: every order the engine decides on becomes an order on the exchange of the intent's type
/// (market; a limit entry or exit as a limit order, post-only as the venue's post-only order; a protective stop as a
/// stop-limit), sent with the engine's deterministic client order id. Idempotent across retries and restarts, in this order:
/// (1) an order already recorded in the order store in a final state is answered from the store (no request: this is
/// how a restarted trader replays its history cheaply); (2) otherwise the exchange is asked for the client order id
/// (an order sent before a crash is found, not sent again, and one that filled or was canceled while the trader was
/// down comes back in that state); (3) an order recorded open (so the exchange once took it) that the exchange no
/// longer knows is answered canceled, never sent again; (4) only an id the exchange has never seen is sent.
/// The broker only reads the stores: the engine's journal is the one writer of orders and fills.
/// Each lot's stop rests on the exchange (<see cref="OrderTrigger.Protective"/>: a stop-limit sell, the venue's
/// <see cref="IExchange.CreateStopLimitOrderAsync"/>) and <see cref="OnCandleAsync"/> reports it filled, at its real
/// fill, in the step of the candle during which it filled (a fill after that candle's close waits for the next step),
/// so a replay after a restart books a stop that filled while the trader was down at the same step a running trader
/// would have. A stop the venue refuses because the price is already through it is sold at market at once under the
/// stop's id (booked as the stop's fill, like one that triggered). Targets, and the stops of lots whose stop the venue
/// refused otherwise, become market sells at the close that saw them. A venue without stop orders would answer
/// <see cref="HoldsStops"/> false and keep those candle-close checks for stops too; every venue the trader supports has
/// one. A protective sell that carries the lot's target (<see cref="SubmitOrderParameters.TargetPrice"/>) rests as an
/// OCO with it where the venue holds order lists (<see cref="OcoProtection"/>; Binance): whichever leg fills is the
/// order's fill. Elsewhere, or when the venue refuses the OCO because the target is already reached, the stop rests alone
/// and the placement answers the order without its target.
/// A limit order rests like a stop: its end (filled, or ended by the venue) is reported by <see cref="OnCandleAsync"/> in
/// the step of the candle it happened in, also when a restart finds it (it is resumed, never sent again); the engine
/// cancels it at its timeout (<see cref="CancelAsync"/>, idempotent). Its parts are reported as they fill, each at the
/// step of the candle it filled in (LiveBroker.Parts.cs); its end carries what no part reported; the rest of a partly
/// filled exit is sold at market (<see cref="LimitExitRemainder"/>).
/// Fees charged in the base asset are taken off the bought amount and valued in quote at the fill price, so the
/// engine's position is what the account really holds and its cash moves by exactly the order's cost.
/// </summary>
public sealed partial class LiveBroker : IBroker
{
    private readonly IExchange _exchange;
    private readonly Market _market;
    private readonly IOrderStore _orders;
    private readonly IFillStore _fills;
    private readonly ILogger _log;
    private readonly LimitExitRemainder _remainders;
    private readonly OcoProtection? _oco;
    private readonly List<(SubmitOrderParameters Order, string ExchangeId)> _open = [];
    // Protective stops resting on the exchange, with the exchange's order id.
    private readonly List<(SubmitOrderParameters Order, string ExchangeId)> _stops = [];
    // The venue's time read before the stops in _restingAsOf were last seen resting: each was still resting at every
    // candle close up to that time, so a replay asks about a stop once, not once per replayed candle (Kraken's private
    // budget frees a call per 3 s: a day's replay would take over an hour).
    private long _restingAsOfMs = long.MinValue;
    private readonly HashSet<string> _restingAsOf = new(StringComparer.Ordinal);
    private double _lastClose;

    /// <param name="exchange">The venue (normally wrapped in the retrying and throttling decorators).</param>
    /// <param name="market">Tick, step and minimums of the traded market, from <see cref="IExchange.LoadMarketsAsync"/>.</param>
    /// <param name="orders">Orders recorded so far (answers repeated ids without a request).</param>
    /// <param name="fills">Fills recorded so far, with the engine's net amounts and quote fees.</param>
    /// <param name="log">Orders sent, found and rejected are logged.</param>
    public LiveBroker(IExchange exchange, Market market, IOrderStore orders, IFillStore fills, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(fills);
        ArgumentNullException.ThrowIfNull(log);
        _exchange = exchange;
        _market = market;
        _orders = orders;
        _fills = fills;
        _log = log.ForContext<LiveBroker>();
        _remainders = new LimitExitRemainder(exchange, market, _log);
        _oco = exchange.OrderLists is { } lists ? new OcoProtection(lists, exchange, market, _log) : null;
    }

    /// <inheritdoc />
    public async Task<OrderResult> SubmitAsync(SubmitOrderParameters order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var stored = await _orders.GetAsync(order.ClientOrderId, ct);
        if (order.Trigger == OrderTrigger.Protective) return await PlaceStopAsync(order, stored, ct);
        // A limit order that ended after it was placed (a replay after a restart): resumed, its end reported at its step.
        if (order.Trigger == OrderTrigger.Limit && stored is { ExchangeOrderId: { } restingId, Status: not OrderStatus.Open and not OrderStatus.Rejected })
        {
            return await ResultAsync(order, new ExchangeOrder(restingId, order.ClientOrderId, _market.Symbol, order.Type, order.Side, OrderStatus.Open,
                order.Price, order.Amount, 0m, 0m, null, order.TimeMs, order.TimeMs), ct);
        }
        if (stored is not null && await RecordedAsync(order, stored, ct) is { } recorded) return recorded;

        var placed = await FindAsync(order.ClientOrderId, ct);
        if (placed is null && stored is { Status: OrderStatus.Open })
        {
            _log.Warning("Order {ClientOrderId} recorded open is unknown to {Exchange}; booking it canceled, not sending it again", order.ClientOrderId, _exchange.Name);
            return new OrderResult(order, OrderStatus.Canceled, null, $"unknown to {_exchange.Name} at restart", stored.ExchangeOrderId);
        }
        if (placed is null)
        {
            decimal amount = order.Side == OrderSide.Buy
                ? _market.RoundAmount(order.QuoteAmount / (order.Price ?? (decimal)_lastClose))
                : _market.RoundAmount(order.Amount);
            try
            {
                _log.Information("Sending {Side} {Type} order {ClientOrderId} for {Amount} {Symbol} at {Price}", order.Side, order.Type, order.ClientOrderId, amount, _market.Symbol,
                    order.OrderLimitPrice?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "market");
                placed = await SendAsync(order.ClientOrderId, c => _exchange.CreateOrderAsync(_market.Symbol, order.Type, order.Side, amount, order.OrderLimitPrice, order.ClientOrderId, c), ct);
            }
            catch (Exception e) when (e is InvalidOrderException or InsufficientFundsException)
            {
                _log.Warning("Order {ClientOrderId} refused by {Exchange}: {Reason}", order.ClientOrderId, _exchange.Name, e.Message);
                return new OrderResult(order, OrderStatus.Rejected, null, e.Message);
            }
            catch (EntrySkippedException e)
            {
                // Nothing was sent, so no venue refused it: the engine's line for the rejected order is the only one.
                return new OrderResult(order, OrderStatus.Rejected, null, e.Message);
            }
        }
        else
        {
            _log.Information("Order {ClientOrderId} was already placed as {ExchangeOrderId} ({Status}); not sending it again",
                order.ClientOrderId, placed.Id, placed.Status);
        }
        // A limit order rests: whatever became of it since it reached the venue (a fill at once, a fill or cancel found
        // on a restart) is reported by OnCandleAsync at the step of the candle it happened in, never at its placement.
        if (order.Trigger == OrderTrigger.Limit && placed.Status != OrderStatus.Open) placed = placed with { Status = OrderStatus.Open };
        return await ResultAsync(order, placed, ct);
    }

    /// <summary>True: the venue holds each lot's stop.</summary>
    public bool HoldsStops => true;

    /// <inheritdoc />
    public async Task<OrderResult> CancelAsync(SubmitOrderParameters order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        // Whatever the answer, the order is no longer the broker's to watch: the engine books it now.
        string? tracked = _stops.Concat(_open).FirstOrDefault(o => o.Order.ClientOrderId == order.ClientOrderId).ExchangeId;
        _stops.RemoveAll(o => o.Order.ClientOrderId == order.ClientOrderId);
        _open.RemoveAll(o => o.Order.ClientOrderId == order.ClientOrderId);
        var stored = await _orders.GetAsync(order.ClientOrderId, ct);
        if (stored is not null && await RecordedAsync(order, stored, ct) is { } recorded) return recorded;
        string? exchangeId = tracked ?? stored?.ExchangeOrderId;
        var which = exchangeId is null ? OrderRef.ByClientId(order.ClientOrderId) : OrderRef.ById(exchangeId);
        ExchangeOrder state;
        try
        {
            _log.Information("Canceling {ClientOrderId} on {Exchange}", order.ClientOrderId, _exchange.Name);
            state = OcoProtection.IsList(exchangeId) ? await _oco!.CancelAsync(exchangeId!, ct) : await _exchange.CancelOrderAsync(_market.Symbol, which, ct);
        }
        catch (OrderNotFoundException)
        {
            // Filled (or canceled) before the cancel arrived, or never placed at all.
            if (await FindAsync(order.ClientOrderId, ct) is not { } found) return new OrderResult(order, OrderStatus.Canceled, null, null, exchangeId);
            state = found;
        }
        if (state.Status == OrderStatus.Open)
        {
            throw new ExchangeException($"{_exchange.Name} still reports {order.ClientOrderId} open after canceling it; check the account's orders.");
        }
        if (state.Status == OrderStatus.Closed)
        {
            _log.Warning("Order {ClientOrderId} filled on {Exchange} before its cancel arrived; booking that fill", order.ClientOrderId, _exchange.Name);
        }
        // Recorded under the id it was tracked by (an OCO's list id, whichever leg answered).
        string recordedId = exchangeId ?? state.Id;
        return state.Status == OrderStatus.Canceled && state.Filled == 0m
            ? new OrderResult(order, OrderStatus.Canceled, null, null, recordedId)
            : await ResultAsync(order, state, ct) with { ExchangeOrderId = recordedId };
    }

    // A protective stop: found (in the store or on the exchange) it is tracked, never sent twice; otherwise it is sent.
    // Open is all a placement reports: its fill comes from OnCandleAsync at the step of the candle it filled in.
    private async Task<OrderResult> PlaceStopAsync(SubmitOrderParameters order, Order? stored, CancellationToken ct)
    {
        if (stored is { ExchangeOrderId: null, Status: not OrderStatus.Open }) return new OrderResult(order, stored.Status, null, stored.Reason);
        string? exchangeId = stored?.ExchangeOrderId;
        // With a target, on a venue with order lists: an OCO (found again on a restart by its recorded id, or placed);
        // otherwise, or refused because the target is already reached, the stop alone, answered without the target.
        if (order.TargetPrice is not null && _oco is not null && (exchangeId is null || OcoProtection.IsList(exchangeId)))
        {
            exchangeId ??= await _oco.PlaceAsync(order, ct);
        }
        if (!OcoProtection.IsList(exchangeId)) order = order with { TargetPrice = null };
        exchangeId ??= (await FindAsync(order.ClientOrderId, ct))?.Id;
        if (exchangeId is null)
        {
            decimal amount = _market.RoundAmount(order.Amount);
            decimal stop = order.Price ?? throw new ArgumentException($"Protective stop {order.ClientOrderId} has no stop price.", nameof(order));
            decimal limit = order.LimitPrice ?? throw new ArgumentException($"Protective stop {order.ClientOrderId} has no limit price.", nameof(order));
            try
            {
                _log.Information("Placing stop-limit sell {ClientOrderId} for {Amount} {Symbol}, stop {Stop} limit {Limit}", order.ClientOrderId, amount, _market.Symbol, stop, limit);
                exchangeId = (await SendAsync(order.ClientOrderId, c => _exchange.CreateStopLimitOrderAsync(_market.Symbol, OrderSide.Sell, amount, stop, limit, order.ClientOrderId, c), ct)).Id;
            }
            catch (OrderWouldTriggerException e)
            {
                // The price is already through the stop (a fall since the close the engine decided at, a lagging step):
                // a candle-close check would leave the lot bare below its stop until the next close, up to a whole
                // timeframe. What the stop would do at once is sell at market; sent under the stop's own id (the venue
                // took no order under it), so a retry or a restart finds it as it finds a stop, and its fill is booked
                // as the stop's at the step of the candle it filled in.
                _log.Warning("Stop {ClientOrderId} refused by {Exchange}: {Reason}; the price is through the stop, so the lot is sold at market now",
                    order.ClientOrderId, _exchange.Name, e.Message);
                try
                {
                    exchangeId = (await SendAsync(order.ClientOrderId, c => _exchange.CreateOrderAsync(_market.Symbol, OrderType.Market, OrderSide.Sell, amount, null, order.ClientOrderId, c), ct)).Id;
                }
                catch (Exception refused) when (refused is InvalidOrderException or InsufficientFundsException)
                {
                    return CandleChecked(order, refused);
                }
            }
            catch (Exception e) when (e is InvalidOrderException or InsufficientFundsException)
            {
                return CandleChecked(order, e);
            }
        }
        if (!_stops.Exists(o => o.ExchangeId == exchangeId)) _stops.Add((order, exchangeId));
        return new OrderResult(order, OrderStatus.Open, null, null, exchangeId);
    }

    // A resting order's state (a protective stop, a limit order) as of the close of a candle: filled (at its real fill)
    // or ended by the venue no later than the close, else null (still resting then). What the store recorded answers
    // first, without a request. An order the venue canceled or expired by itself with nothing filled (the engine cancels
    // through CancelAsync and CancelOpenOrdersAsync, never here) is answered expired: recorded so, a replay tells it from
    // the engine's cancels and books it at the step that saw it (the journal's time), and the engine places the lot's
    // stop again. One that ended partly filled is booked for what filled, as any fill.
    private async Task<OrderResult?> StopStateAsync(SubmitOrderParameters order, string exchangeId, long closeTimeMs, CancellationToken ct)
    {
        var stored = await _orders.GetAsync(order.ClientOrderId, ct);
        if (stored is { Status: OrderStatus.Canceled }) return null; // canceled by the engine, which cancels it again at the same step of a replay
        if (stored is { Status: OrderStatus.Expired }) return stored.UpdatedMs <= closeTimeMs ? await RecordedAsync(order, stored, ct) : null;
        if (stored is not null && await RecordedAsync(order, stored, ct) is { Fill: { } fill } recorded) return fill.TimeMs <= closeTimeMs ? recorded : null;
        if (closeTimeMs <= _restingAsOfMs && _restingAsOf.Contains(exchangeId)) return null;
        if (closeTimeMs > _restingAsOfMs)
        {
            // Read before the order, so whatever the order's answer says held at this time too.
            _restingAsOfMs = await _exchange.FetchTimeAsync(ct);
            _restingAsOf.Clear();
        }
        var state = OcoProtection.IsList(exchangeId)
            ? await _oco!.StateAsync(exchangeId, ct)
            : await _exchange.FetchOrderAsync(_market.Symbol, OrderRef.ById(exchangeId), ct);
        if (state.Status == OrderStatus.Open) _restingAsOf.Add(exchangeId);
        if (state.Status == OrderStatus.Open || state.LastUpdateMs > closeTimeMs) return null;
        if (state.Status is OrderStatus.Canceled or OrderStatus.Expired && state.Filled == 0m) return EndedByVenue(order, state, exchangeId);
        // Recorded under the id it was tracked by (an OCO's list id, whichever leg filled).
        return await ResultAsync(order, state, ct) with { ExchangeOrderId = exchangeId };
    }

    // A protective sell the venue refused (e.g. under its minimum notional): the engine checks the lot's stop at each close.
    private OrderResult CandleChecked(SubmitOrderParameters order, Exception refusal)
    {
        _log.Warning("Stop {ClientOrderId} refused by {Exchange}: {Reason}; the lot's stop is checked at each candle close instead", order.ClientOrderId, _exchange.Name, refusal.Message);
        return new OrderResult(order, OrderStatus.Rejected, null, refusal.Message);
    }

    // Sends an order. Refused as a duplicate, another attempt of ours landed between the lookup and the send: that one is the order.
    private async Task<ExchangeOrder> SendAsync(string clientOrderId, Func<CancellationToken, Task<ExchangeOrder>> send, CancellationToken ct)
    {
        try
        {
            return await send(ct);
        }
        catch (DuplicateOrderIdException)
        {
            return await FindAsync(clientOrderId, ct) ?? throw new ExchangeException(
                $"Order {clientOrderId} was refused as a duplicate but cannot be found; check the account's orders.");
        }
    }

    private OrderResult EndedByVenue(SubmitOrderParameters order, ExchangeOrder state, string exchangeId)
    {
        _log.Warning("Order {ClientOrderId} was ended by {Exchange} ({Status}), not by the trader", order.ClientOrderId, _exchange.Name, state.Status);
        return new OrderResult(order, OrderStatus.Expired, null, $"ended by {_exchange.Name} ({state.Status.ToString().ToLowerInvariant()})", exchangeId);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<OrderResult>> OnCandleAsync(BrokerCandleParameters candle, CancellationToken ct)
    {
        _lastClose = candle.Candle.Close;
        if (_open.Count == 0 && _stops.Count == 0) return [];
        var done = new List<OrderResult>();
        foreach (var (order, exchangeId) in _stops.ToArray())
        {
            if (await StopStateAsync(order, exchangeId, candle.CloseTimeMs, ct) is not { } ended) continue;
            _stops.RemoveAll(o => o.ExchangeId == exchangeId);
            done.Add(ended);
        }
        foreach (var (order, exchangeId) in _open.ToArray())
        {
            foreach (var state in await LimitStateAsync(order, exchangeId, candle.CloseTimeMs, ct))
            {
                if (state.Status != OrderStatus.Open) _open.RemoveAll(o => o.ExchangeId == exchangeId);
                done.Add(state);
            }
        }
        return done;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SubmitOrderParameters>> CancelOpenOrdersAsync(CancellationToken ct)
    {
        var canceled = new List<SubmitOrderParameters>();
        foreach (var (order, exchangeId) in _open.ToArray())
        {
            ExchangeOrder state;
            try
            {
                state = await _exchange.CancelOrderAsync(_market.Symbol, OrderRef.ById(exchangeId), ct);
            }
            catch (OrderNotFoundException)
            {
                // No longer open: it filled (or partly filled) before the cancel arrived; the next step books that fill.
                continue;
            }
            if (state.Status == OrderStatus.Canceled && state.Filled > 0m) continue;
            _open.RemoveAll(o => o.ExchangeId == exchangeId);
            if (state.Status == OrderStatus.Canceled) canceled.Add(order);
        }
        return canceled;
    }

    private async Task<ExchangeOrder?> FindAsync(string clientOrderId, CancellationToken ct)
    {
        try
        {
            return await _exchange.FetchOrderAsync(_market.Symbol, OrderRef.ByClientId(clientOrderId), ct);
        }
        catch (OrderNotFoundException)
        {
            return null;
        }
    }

    // A final state recorded earlier, rebuilt exactly as the engine first booked it (the journal stores the engine's fill).
    private async Task<OrderResult?> RecordedAsync(SubmitOrderParameters order, Order stored, CancellationToken ct)
    {
        if (stored.Status == OrderStatus.Open) return null;
        if (stored.Status != OrderStatus.Closed) return new OrderResult(order, stored.Status, null, stored.Reason, stored.ExchangeOrderId);
        // The parts booked while it rested were reported at their own steps: the end is the rest.
        var fills = (await _fills.ListByOrderAsync(order.ClientOrderId, ct)).Where(f => !PartFillIds.IsPart(f.FillId)).ToList();
        if (fills.Count == 0) return stored.Filled > 0m ? new OrderResult(order, OrderStatus.Closed, null, null, stored.ExchangeOrderId) : null;
        decimal amount = fills.Sum(f => f.Amount);
        decimal price = fills.Count == 1 ? fills[0].Price : fills.Sum(f => f.Price * f.Amount) / amount;
        return new OrderResult(order, OrderStatus.Closed,
            new BrokerFill(order.ClientOrderId, order.Side, price, amount, fills.Sum(f => f.Fee), fills[^1].TimeMs), null, stored.ExchangeOrderId);
    }

    private async Task<OrderResult> ResultAsync(SubmitOrderParameters order, ExchangeOrder placed, CancellationToken ct)
    {
        switch (placed.Status)
        {
            case OrderStatus.Open:
                if (!_open.Exists(o => o.ExchangeId == placed.Id)) _open.Add((order, placed.Id));
                return new OrderResult(order, OrderStatus.Open, null, null, placed.Id);
            case OrderStatus.Closed:
                return new OrderResult(order, OrderStatus.Closed, await EndFillAsync(order, placed, ct), null, placed.Id);
            case OrderStatus.Canceled or OrderStatus.Expired when placed.Filled > 0m:
                // A limit order partly filled, its remainder canceled (by the engine's timeout or the venue): the part
                // that filled is the order's fill, booked like a whole one.
                _log.Information("Order {ClientOrderId} ended {Status} with {Filled} of {Amount} filled; booking the filled part",
                    order.ClientOrderId, placed.Status, placed.Filled, placed.Amount);
                var part = await EndFillAsync(order, placed, ct);
                // An exit sells the whole lot: the rest of a partly filled limit sell goes at market, booked with it.
                if (order.Side == OrderSide.Sell && await _remainders.SellAsync(order, placed, ct) is { } rest)
                {
                    var restFill = await FillOfAsync(order, rest, ct);
                    part = part is null ? restFill : part.Plus(restFill);
                }
                return new OrderResult(order, OrderStatus.Closed, part, null, placed.Id);
            default:
                return new OrderResult(order, placed.Status, null, $"{_exchange.Name} reports the order {placed.Status.ToString().ToLowerInvariant()}", placed.Id);
        }
    }

    private async Task<BrokerFill> FillOfAsync(SubmitOrderParameters order, ExchangeOrder placed, CancellationToken ct)
    {
        var trades = await TradesOfAsync(placed, ct);
        if (trades.Count > 0) return FillOf(order, trades, trades.Max(t => t.TimestampMs));
        if (placed.Filled <= 0m) throw new ExchangeException($"Order {order.ClientOrderId} is reported filled with no amount; check it on the exchange.");
        // A venue that lists no trades for it: the order's own figures, no fee known.
        return FillOf(order, [new ExchangeTrade("", placed.Id, _market.Symbol, order.Side, placed.Cost / placed.Filled, placed.Filled, placed.Cost, 0m, _market.Quote, false, placed.LastUpdateMs)],
            placed.LastUpdateMs);
    }

    // The engine's fill of some of an order's trades: amounts added, the price their average, fees in quote.
    private BrokerFill FillOf(SubmitOrderParameters order, IReadOnlyList<ExchangeTrade> trades, long timeMs)
    {
        decimal filled = trades.Sum(t => t.Amount);
        decimal price = trades.Sum(t => t.Cost) / filled;
        decimal feeBase = trades.Where(t => t.FeeAsset == _market.Base).Sum(t => t.Fee);
        decimal feeQuote = trades.Where(t => t.FeeAsset == _market.Quote).Sum(t => t.Fee);
        if (trades.Any(t => t.Fee != 0m && t.FeeAsset != _market.Base && t.FeeAsset != _market.Quote))
        {
            _log.Warning("Order {ClientOrderId} paid fees in another asset; they are not counted in the instance's P&L", order.ClientOrderId);
        }
        // The bought amount arrives net of a base-asset fee; valuing that fee at the fill price keeps cash exact.
        decimal amount = filled - feeBase;
        decimal fee = feeQuote + feeBase * price;
        _log.Information("Filled {ClientOrderId} {Side} {Amount} {Symbol} at {Price} fee {Fee} {Quote}", order.ClientOrderId, order.Side, amount, _market.Symbol, price, fee, _market.Quote);
        return new BrokerFill(order.ClientOrderId, order.Side, price, amount, fee, timeMs);
    }
}
