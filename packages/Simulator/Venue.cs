using System.Globalization;
using Trader.Domain;

namespace Trader.Simulator;

/// <summary>
/// The simulated venue: markets, balances, orders and fills, matched against candles replayed on a clock.
/// Market orders fill at the last closed candle's close with slippage; a resting limit order fills at its own price
/// (it is the maker: a gap through it does not improve it) when a candle trades strictly through it (a buy: low below
/// the limit; a sell: high above it; a touch may not reach an order at the back of the queue); a marketable limit order
/// fills at once at the last price, and a post-only one (<see cref="OrderType.LimitMaker"/>) is refused instead (or,
/// as Bybit does, recorded canceled at once: <see cref="PostOnlyCrossing"/>). A
/// stop-limit order triggers when a candle reaches its stop (at the stop, or at the open when the candle gapped past
/// it), fills there when that is no worse than its limit, and otherwise rests at the limit, as Binance's
/// STOP_LOSS_LIMIT does when the price jumps past both. The candle is the simulator's finest grain: a resting order
/// takes part in the candle during which it arrived (as if it had arrived at its open; a trader stepping at closes
/// places its orders moments after the open) and in every later one. With <see cref="SimulatorSettings.LimitFillShare"/>
/// a resting limit order fills in parts, one per candle that trades through it, each its own trade at the candle's close
/// time; the order stays open (its <see cref="ExchangeOrder.Filled"/> growing) until the last part. An OCO (<see cref="PlaceOco"/>) is a stop-limit leg and a
/// post-only limit leg sharing one reservation: when either leg fills, or the stop leg triggers, the other expires; in a
/// candle that reaches both, the stop leg goes first (as the backtest's stop wins); canceling either leg cancels both. Fees are charged in the asset received, or in a configured fee asset (BNB) while its balance lasts, or in the quote asset (<see cref="SimulatorSettings.FeesInQuote"/>). Balances never
/// go negative. Thread-safe.
/// </summary>
public sealed class Venue
{
    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private readonly SimulatorSettings _settings;
    private readonly Dictionary<string, Book> _books = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Holding> _balances = new(StringComparer.Ordinal);
    private readonly List<SimOrder> _orders = [];
    private readonly List<(Market Market, ExchangeTrade Trade)> _trades = [];
    private readonly List<SimOrderList> _lists = [];
    private long _nextOrderId = 1;
    private long _nextListId = 1;
    private long _nextTradeId = 1;
    private long _nextAutoClientId = 1;

    /// <param name="sources">One candle source per unified symbol (<c>BTC/USDT</c>).</param>
    /// <param name="settings">Starting balances, fee and slippage.</param>
    /// <param name="clock">Simulated time; see <see cref="SimClock"/>.</param>
    public Venue(IReadOnlyDictionary<string, ICandleSource> sources, SimulatorSettings settings, TimeProvider clock)
    {
        _clock = clock;
        _settings = settings;
        foreach (var (symbol, source) in sources)
        {
            var first = source.First ?? throw new ArgumentException($"The candle source for {symbol} is empty.", nameof(sources));
            var market = settings.Markets?.GetValueOrDefault(symbol) ?? SimMarkets.Create(symbol, first.Open);
            _books[market.Symbol] = new Book(market, source, clock.GetUtcNow().ToUnixTimeMilliseconds());
        }
        foreach (var (asset, amount) in settings.Balances)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(amount);
            _balances[asset.ToUpperInvariant()] = new Holding { Free = amount };
        }
        Markets = _books.Values.ToDictionary(b => b.Market.Symbol, b => b.Market);
    }

    /// <summary>Every market, by unified symbol.</summary>
    public IReadOnlyDictionary<string, Market> Markets { get; }

    /// <summary>Simulated time now, Unix ms UTC.</summary>
    public long NowMs => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>
    /// Closed candles at <paramref name="timeframe"/> (aggregated from the source's own timeframe), oldest first:
    /// from <paramref name="startMs"/> when given (the first <paramref name="limit"/>), otherwise the latest
    /// <paramref name="limit"/> up to <paramref name="endMs"/> or now. The forming candle is not included.
    /// </summary>
    public IReadOnlyList<Candle> Candles(string symbol, Timeframe timeframe, long? startMs, long? endMs, int limit)
    {
        var book = Find(symbol);
        var baseTf = book.Source.Timeframe;
        if (!timeframe.IsCalendar && (timeframe.DurationMs < baseTf.DurationMs || timeframe.DurationMs % baseTf.DurationMs != 0))
            throw new ExchangeException($"Interval {timeframe} is not available for {symbol}: the simulator's data is {baseTf}; use {baseTf} or a multiple of it.");
        long now = NowMs;
        long end = Math.Min(endMs ?? long.MaxValue, now);
        var closed = book.Source.ClosedAt(now);
        long from = startMs ?? (timeframe.IsCalendar ? long.MinValue : timeframe.FloorMs(end) - (limit + 1L) * timeframe.DurationMs);
        int i = LowerBound(closed, from == long.MinValue ? long.MinValue : timeframe.FloorMs(Math.Max(from, 0)));

        var result = new List<Candle>();
        while (i < closed.Count)
        {
            long bucket = timeframe.FloorMs(closed[i].OpenTimeMs);
            long bucketClose = timeframe.CloseTimeMs(bucket);
            if (bucketClose > now) break;
            var c = closed[i];
            double high = c.High, low = c.Low, volume = c.Volume, close = c.Close;
            for (i++; i < closed.Count && closed[i].OpenTimeMs < bucketClose; i++)
            {
                high = Math.Max(high, closed[i].High);
                low = Math.Min(low, closed[i].Low);
                volume += closed[i].Volume;
                close = closed[i].Close;
            }
            if (bucket > end) break;
            if (bucket < from) continue;
            // Served prices sit on the tick, as a venue's do (flooring keeps low <= open, close <= high).
            var m = book.Market;
            result.Add(new Candle(bucket, OnTick(m, c.Open), OnTick(m, high), OnTick(m, low), OnTick(m, close), volume));
            if (startMs is not null && result.Count == limit) break;
        }
        return startMs is null && result.Count > limit ? result.GetRange(result.Count - limit, limit) : result;
    }

    /// <summary>The timeframe of <paramref name="symbol"/>'s source candles, the finest <see cref="Candles"/> serves.</summary>
    public Timeframe SourceTimeframe(string symbol) => Find(symbol).Source.Timeframe;

    /// <summary>Last price and 24 h statistics from the closed base candles.</summary>
    public Ticker Ticker(string symbol)
    {
        var book = Find(symbol);
        long now = NowMs;
        var closed = book.Source.ClosedAt(now);
        decimal last = LastPrice(book, closed);
        int from = LowerBound(closed, now - 86_400_000);
        double high = double.MinValue, low = double.MaxValue, volume = 0;
        for (int i = from; i < closed.Count; i++)
        {
            high = Math.Max(high, closed[i].High);
            low = Math.Min(low, closed[i].Low);
            volume += closed[i].Volume;
        }
        bool any = from < closed.Count;
        decimal? open = any ? ToMoney(closed[from].Open) : null;
        var market = book.Market;
        return new Ticker(market.Symbol, now, last, last, last, any ? market.RoundPrice(ToMoney(high)) : null, any ? market.RoundPrice(ToMoney(low)) : null,
            open is null ? null : market.RoundPrice(open.Value), any ? (decimal)volume : 0m);
    }

    /// <summary>Free and locked amount of every asset.</summary>
    public Balance Balance()
    {
        lock (_gate)
        {
            SyncAll();
            return new Balance(NowMs, _balances.ToDictionary(kv => kv.Key, kv => new BalanceEntry(kv.Value.Free, kv.Value.Locked)));
        }
    }

    /// <summary>
    /// Places an order whose amount and price are already on the market's step and tick (as an exchange requires).
    /// Throws <see cref="InvalidOrderException"/> for a filter failure, <see cref="DuplicateOrderIdException"/> when an
    /// open order has the same client id, <see cref="InsufficientFundsException"/> when the free balance is short, and
    /// <see cref="OrderImmediatelyFillableException"/> for a post-only order that would trade at once, unless
    /// <paramref name="crossing"/> says the venue creates and cancels such an order instead.
    /// </summary>
    public ExchangeOrder Place(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string? clientOrderId, decimal? stopPrice = null,
        PostOnlyCrossing crossing = PostOnlyCrossing.Refuse)
    {
        lock (_gate)
        {
            var book = Find(symbol);
            var m = book.Market;
            SyncAll();
            CheckFilters(m, type, amount, price, LastPrice(book, book.Source.ClosedAt(NowMs)));
            if (type == OrderType.StopLossLimit) CheckStop(m, side, stopPrice, LastPrice(book, book.Source.ClosedAt(NowMs)));
            clientOrderId ??= NextClientOrderId();
            if (IsOpen(clientOrderId)) throw new DuplicateOrderIdException("Duplicate order sent.");

            decimal last = LastPrice(book, book.Source.ClosedAt(NowMs));
            bool crosses = type is OrderType.Limit or OrderType.LimitMaker && (side == OrderSide.Buy ? price >= last : price <= last);
            if (crosses && type == OrderType.LimitMaker && crossing == PostOnlyCrossing.Refuse) throw new OrderImmediatelyFillableException("Order would immediately match and take.");
            var order = new SimOrder(_nextOrderId++, clientOrderId, m, type, side, amount, price, NowMs, stopPrice);
            if (crosses && type == OrderType.LimitMaker)
            {
                order.Status = OrderStatus.Canceled;
                _orders.Add(order);
                return order.Snapshot();
            }
            bool marketable = type == OrderType.Market || crosses;
            decimal fillPrice = type == OrderType.Market
                ? m.RoundPrice(side == OrderSide.Buy ? last * (1 + _settings.Slippage) + m.TickSize * 0.999999m : last * (1 - _settings.Slippage))
                : last;

            // Lock what the order may spend; a limit buy reserves its full limit value, as Binance does (and the fee on
            // it where fees are paid in the quote asset).
            order.Reserved = Reserve(m, side, amount, type == OrderType.Market ? fillPrice : price!.Value);
            _orders.Add(order);
            if (marketable) Fill(order, fillPrice, isMaker: false, NowMs);
            return order.Snapshot();
        }
    }

    /// <summary>
    /// Places a one-cancels-the-other pair (prices and amount on the market's tick and step): the stop leg first, then
    /// the post-only limit leg. Throws <see cref="OrderPriceRelationshipException"/> unless a sell's limit is above the
    /// last price and its stop below it (a buy: the reverse), and otherwise as <see cref="Place"/> does.
    /// </summary>
    public OrderList PlaceOco(OcoOrder oco)
    {
        ArgumentNullException.ThrowIfNull(oco);
        lock (_gate)
        {
            var book = Find(oco.Symbol);
            var m = book.Market;
            SyncAll();
            decimal last = LastPrice(book, book.Source.ClosedAt(NowMs));
            CheckFilters(m, OrderType.LimitMaker, oco.Amount, oco.LimitPrice, last);
            CheckFilters(m, OrderType.StopLossLimit, oco.Amount, oco.StopLimitPrice, last);
            if (oco.StopPrice <= 0 || oco.StopPrice % m.TickSize != 0) throw new InvalidOrderException("Filter failure: PRICE_FILTER");
            bool sell = oco.Side == OrderSide.Sell;
            if (sell ? oco.LimitPrice <= last || oco.StopPrice >= last : oco.LimitPrice >= last || oco.StopPrice <= last)
                throw new OrderPriceRelationshipException("The relationship of the prices for the orders is not correct.");
            if (oco.LimitClientOrderId == oco.StopClientOrderId || IsOpen(oco.LimitClientOrderId) || IsOpen(oco.StopClientOrderId)
                || _lists.Exists(l => !l.IsDone && l.ListClientOrderId == oco.ListClientOrderId))
                throw new DuplicateOrderIdException("Duplicate order sent.");
            // One reservation covers both legs (only one of them can fill): a buy reserves at the higher of its two prices.
            decimal reserve = Reserve(m, oco.Side, oco.Amount, Math.Max(oco.LimitPrice, oco.StopLimitPrice));
            var stop = new SimOrder(_nextOrderId++, oco.StopClientOrderId, m, OrderType.StopLossLimit, oco.Side, oco.Amount, oco.StopLimitPrice, NowMs, oco.StopPrice) { Reserved = reserve };
            var limit = new SimOrder(_nextOrderId++, oco.LimitClientOrderId, m, OrderType.LimitMaker, oco.Side, oco.Amount, oco.LimitPrice, NowMs) { Reserved = reserve };
            var list = new SimOrderList(_nextListId++, oco.ListClientOrderId, stop, limit, NowMs);
            stop.List = list;
            limit.List = list;
            _orders.Add(stop);
            _orders.Add(limit);
            _lists.Add(list);
            return list.Snapshot();
        }
    }

    /// <summary>A client order id of the venue's own, for a request that sent none.</summary>
    public string NextClientOrderId()
    {
        lock (_gate) return "sim-" + (_nextAutoClientId++).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Cancels an open order, releasing its locked balance; canceling a leg of an OCO cancels the whole list. Throws
    /// <see cref="OrderNotFoundException"/>.
    /// </summary>
    public ExchangeOrder Cancel(string symbol, OrderRef which)
    {
        lock (_gate)
        {
            SyncAll();
            var order = FindOrder(symbol, which);
            if (order.Status != OrderStatus.Open) throw new OrderNotFoundException("Unknown order sent.");
            if (order.List is { } list) CancelLegs(list);
            else
            {
                Release(order, order.Reserved);
                order.Status = OrderStatus.Canceled;
                order.UpdatedMs = NowMs;
            }
            return order.Snapshot();
        }
    }

    /// <summary>Cancels an OCO still executing (both legs). Throws <see cref="OrderNotFoundException"/> when unknown or done.</summary>
    public OrderList CancelList(string symbol, OrderRef which)
    {
        lock (_gate)
        {
            SyncAll();
            Find(symbol);
            var list = FindList(which);
            if (list.StopLeg.Market.Symbol != symbol || list.IsDone) throw new OrderNotFoundException("Order list does not exist.");
            CancelLegs(list);
            return list.Snapshot();
        }
    }

    /// <summary>One OCO by its id or list client id (the newest with that client id). Throws <see cref="OrderNotFoundException"/>.</summary>
    public OrderList OrderList(OrderRef which)
    {
        lock (_gate)
        {
            SyncAll();
            return FindList(which).Snapshot();
        }
    }

    /// <summary>The OCOs still executing, oldest first.</summary>
    public IReadOnlyList<OrderList> OpenOrderLists()
    {
        lock (_gate)
        {
            SyncAll();
            return _lists.Where(l => !l.IsDone).Select(l => l.Snapshot()).ToList();
        }
    }

    /// <summary>One order's current state. Throws <see cref="OrderNotFoundException"/>.</summary>
    public ExchangeOrder Order(string symbol, OrderRef which)
    {
        lock (_gate)
        {
            SyncAll();
            return FindOrder(symbol, which).Snapshot();
        }
    }

    /// <summary>Open orders of one market (or all markets when <paramref name="symbol"/> is null), oldest first.</summary>
    public IReadOnlyList<ExchangeOrder> OpenOrders(string? symbol)
    {
        lock (_gate)
        {
            SyncAll();
            if (symbol is not null) Find(symbol);
            return _orders.Where(o => o.Status == OrderStatus.Open && (symbol is null || o.Market.Symbol == symbol)).Select(o => o.Snapshot()).ToList();
        }
    }

    /// <summary>Every order ever placed, oldest first (for tests and the admin endpoint).</summary>
    public IReadOnlyList<ExchangeOrder> AllOrders()
    {
        lock (_gate)
        {
            SyncAll();
            return _orders.Select(o => o.Snapshot()).ToList();
        }
    }

    /// <summary>
    /// Our fills in one market, oldest first, at most <paramref name="limit"/>: the first from <paramref name="sinceMs"/>
    /// and/or from trade id <paramref name="fromId"/>, or without either the most recent (as Binance's myTrades).
    /// </summary>
    public IReadOnlyList<ExchangeTrade> Trades(string symbol, long? sinceMs, long? fromId, string? orderId, int limit)
    {
        lock (_gate)
        {
            SyncAll();
            Find(symbol);
            var matching = _trades.Where(t => t.Market.Symbol == symbol
                    && (sinceMs is null || t.Trade.TimestampMs >= sinceMs)
                    && (fromId is null || long.Parse(t.Trade.Id, CultureInfo.InvariantCulture) >= fromId)
                    && (orderId is null || t.Trade.OrderId == orderId))
                .Select(t => t.Trade);
            return [.. sinceMs is null && fromId is null ? matching.TakeLast(limit) : matching.Take(limit)];
        }
    }

    private bool IsOpen(string clientOrderId) => _orders.Exists(o => o.Status == OrderStatus.Open && o.ClientOrderId == clientOrderId);

    // Locks what an order may spend (a sell its amount; a buy its value at the price, plus the fee where fees are paid
    // in the quote asset), or throws when the free balance is short.
    private decimal Reserve(Market m, OrderSide side, decimal amount, decimal price)
    {
        decimal reserve = side == OrderSide.Sell ? amount : amount * price * (_settings.FeesInQuote ? 1 + _settings.FeeRate : 1);
        var holding = HoldingOf(side == OrderSide.Sell ? m.Base : m.Quote);
        if (holding.Free < reserve)
            throw new InsufficientFundsException("Account has insufficient balance for requested action.");
        holding.Free -= reserve;
        holding.Locked += reserve;
        return reserve;
    }

    private SimOrderList FindList(OrderRef which)
    {
        for (int i = _lists.Count - 1; i >= 0; i--)
        {
            var l = _lists[i];
            if (which.Id is not null ? l.Id.ToString(CultureInfo.InvariantCulture) == which.Id : l.ListClientOrderId == which.ClientOrderId) return l;
        }
        throw new OrderNotFoundException("Order list does not exist.");
    }

    // The legs still open canceled (both, or a triggered stop leg resting at its limit); their one shared reservation
    // (held by each open leg) released once.
    private void CancelLegs(SimOrderList list)
    {
        var open = new[] { list.StopLeg, list.LimitLeg }.Where(l => l.Status == OrderStatus.Open).ToList();
        if (open.Count > 0) Release(open[0], open[0].Reserved);
        foreach (var leg in open)
        {
            leg.Status = OrderStatus.Canceled;
            leg.UpdatedMs = NowMs;
            leg.Reserved = 0m;
        }
    }

    // One leg of an OCO filled or triggered: the venue ends the other (its share of the reservation stays with this leg).
    private static void ExpireOtherLeg(SimOrder leg, long atMs)
    {
        if (leg.List is not { } list) return;
        var other = list.Other(leg);
        if (other.Status != OrderStatus.Open) return;
        other.Status = OrderStatus.Expired;
        other.UpdatedMs = atMs;
        other.Reserved = 0m;
    }

    private Book Find(string symbol) =>
        _books.TryGetValue(symbol, out var book) ? book : throw new BadSymbolException($"Invalid symbol '{symbol}'; the simulator lists {string.Join(", ", _books.Keys)}.");

    private SimOrder FindOrder(string symbol, OrderRef which)
    {
        Find(symbol);
        // The newest order wins when a client id was reused after the earlier order closed.
        for (int i = _orders.Count - 1; i >= 0; i--)
        {
            var o = _orders[i];
            if (o.Market.Symbol != symbol) continue;
            if (which.Id is not null ? o.Id.ToString(CultureInfo.InvariantCulture) == which.Id : o.ClientOrderId == which.ClientOrderId) return o;
        }
        throw new OrderNotFoundException("Order does not exist.");
    }

    // Binance refuses a stop the price has already crossed: it would trigger at once.
    private static void CheckStop(Market m, OrderSide side, decimal? stopPrice, decimal last)
    {
        if (stopPrice is not { } stop) throw new InvalidOrderException("Mandatory parameter 'stopPrice' was not sent, was empty/null, or malformed.");
        if (stop <= 0 || stop % m.TickSize != 0) throw new InvalidOrderException("Filter failure: PRICE_FILTER");
        if (side == OrderSide.Sell ? stop >= last : stop <= last) throw new OrderWouldTriggerException("Order would immediately trigger.");
    }

    private static void CheckFilters(Market m, OrderType type, decimal amount, decimal? price, decimal last)
    {
        if (type != OrderType.Market && price is null) throw new InvalidOrderException("Mandatory parameter 'price' was not sent, was empty/null, or malformed.");
        if (price is { } p && (p <= 0 || p % m.TickSize != 0)) throw new InvalidOrderException("Filter failure: PRICE_FILTER");
        if (amount < m.MinAmount || amount % m.StepSize != 0) throw new InvalidOrderException("Filter failure: LOT_SIZE");
        if (amount * (price ?? last) < m.MinNotional) throw new InvalidOrderException("Filter failure: NOTIONAL");
    }

    private void SyncAll()
    {
        long now = NowMs;
        foreach (var book in _books.Values)
        {
            var closed = book.Source.ClosedAt(now);
            int from = LowerBound(closed, book.ProcessedUntilMs);
            for (int i = from; i < closed.Count; i++)
            {
                var c = closed[i];
                long closeMs = book.Source.Timeframe.CloseTimeMs(c.OpenTimeMs);
                foreach (var order in _orders.Where(o => o.Status == OrderStatus.Open && o.Market == book.Market && o.CreatedMs < closeMs).ToList())
                {
                    // An OCO leg ended by its sibling earlier in this candle.
                    if (order.Status != OrderStatus.Open) continue;
                    decimal limit = order.Price!.Value;
                    decimal open = book.Market.RoundPrice(ToMoney(c.Open));
                    if (order.IsWaitingForStop) TryTrigger(order, c, open, closeMs);
                    else if (order.Side == OrderSide.Buy ? ToMoney(c.Low) < limit : ToMoney(c.High) > limit) Fill(order, limit, isMaker: true, closeMs, RestingPart(order));
                }
            }
            if (closed.Count > 0) book.ProcessedUntilMs = Math.Max(book.ProcessedUntilMs, closed[^1].OpenTimeMs + 1);
        }
    }

    // The candle reached the stop: at the stop, or at the open when it gapped past. Fill there when no worse than the
    // limit (a taker fill); otherwise the order rests at its limit, filling in this candle only if the price came back.
    private void TryTrigger(SimOrder order, Candle c, decimal open, long closeMs)
    {
        decimal stop = order.StopPrice!.Value, limit = order.Price!.Value;
        bool sell = order.Side == OrderSide.Sell;
        if (sell ? ToMoney(c.Low) > stop : ToMoney(c.High) < stop) return;
        order.Triggered = true;
        // Triggering is an update of the order (a venue reports the stop order as triggered from then on).
        order.UpdatedMs = closeMs;
        ExpireOtherLeg(order, closeMs);
        decimal at = sell ? Math.Min(open, stop) : Math.Max(open, stop);
        if (sell ? at >= limit : at <= limit) Fill(order, at, isMaker: false, closeMs);
        else if (sell ? ToMoney(c.High) >= limit : ToMoney(c.Low) <= limit) Fill(order, limit, isMaker: true, closeMs);
    }

    // The part of a resting limit order one candle fills: all of it by default, else the configured share of its amount
    // on the step (at least one step), and the whole rest when what would be left could not trade on its own.
    private decimal RestingPart(SimOrder order)
    {
        decimal rest = order.Amount - order.Filled;
        if (_settings.LimitFillShare is not { } share || order.Type == OrderType.StopLossLimit) return rest;
        var m = order.Market;
        decimal part = Math.Max(m.RoundAmount(order.Amount * share), m.StepSize);
        decimal left = rest - part;
        return left < m.MinAmount || left * order.Price!.Value < m.MinNotional ? rest : part;
    }

    // Fills `amount` of the order (by default all that is left): one trade; the order closes with its last part.
    private void Fill(SimOrder order, decimal price, bool isMaker, long atMs, decimal? part = null)
    {
        var m = order.Market;
        decimal amount = part ?? order.Amount - order.Filled;
        decimal cost = amount * price;
        bool last = order.Filled + amount == order.Amount;
        // A part spends its share of what the order locked; the last part whatever is left of it.
        decimal reserved = last ? order.Reserved : order.Reserved * amount / (order.Amount - order.Filled);
        order.Reserved -= reserved;
        if (order.Side == OrderSide.Buy)
        {
            // A market buy reserved at the slipped price, which is also its fill price; a limit buy reserved at its limit.
            var quote = HoldingOf(m.Quote);
            quote.Locked -= reserved;
            quote.Free += reserved - cost;
            if (_settings.FeesInQuote)
            {
                decimal fee = cost * _settings.FeeRate;
                quote.Free -= fee;
                HoldingOf(m.Base).Free += amount;
                Record(order, price, amount, cost, fee, m.Quote, isMaker, atMs);
            }
            else if (FeeInThirdAsset(m, cost) is { } third)
            {
                HoldingOf(m.Base).Free += amount;
                Record(order, price, amount, cost, third, _settings.FeeAsset!, isMaker, atMs);
            }
            else
            {
                decimal fee = amount * _settings.FeeRate;
                HoldingOf(m.Base).Free += amount - fee;
                Record(order, price, amount, cost, fee, m.Base, isMaker, atMs);
            }
        }
        else
        {
            HoldingOf(m.Base).Locked -= reserved;
            if (FeeInThirdAsset(m, cost) is { } third)
            {
                HoldingOf(m.Quote).Free += cost;
                Record(order, price, amount, cost, third, _settings.FeeAsset!, isMaker, atMs);
            }
            else
            {
                decimal fee = cost * _settings.FeeRate;
                HoldingOf(m.Quote).Free += cost - fee;
                Record(order, price, amount, cost, fee, m.Quote, isMaker, atMs);
            }
        }
        order.Filled += amount;
        order.Cost += cost;
        if (last) order.Status = OrderStatus.Closed;
        order.UpdatedMs = atMs;
        ExpireOtherLeg(order, atMs);
    }

    // The fee in the configured fee asset, taken from its free balance; null when none is configured, it is the traded
    // market's own asset, the venue lists no FEEASSET/QUOTE market, or the balance cannot pay it (Binance then charges
    // the asset received).
    private decimal? FeeInThirdAsset(Market m, decimal cost)
    {
        if (_settings.FeeAsset is not { } asset || asset == m.Base || asset == m.Quote) return null;
        if (!_books.ContainsKey($"{asset}/{m.Quote}")) return null;
        decimal price = Ticker($"{asset}/{m.Quote}").Last;
        if (price <= 0) return null;
        decimal fee = Math.Round(cost * _settings.FeeRate / price, 8, MidpointRounding.AwayFromZero);
        var holding = HoldingOf(asset);
        if (holding.Free < fee) return null;
        holding.Free -= fee;
        return fee;
    }

    private void Record(SimOrder order, decimal price, decimal amount, decimal cost, decimal fee, string feeAsset, bool isMaker, long atMs)
    {
        var id = (_nextTradeId++).ToString(CultureInfo.InvariantCulture);
        var orderId = order.Id.ToString(CultureInfo.InvariantCulture);
        _trades.Add((order.Market, new ExchangeTrade(id, orderId, order.Market.Symbol, order.Side, price, amount, cost, fee, feeAsset, isMaker, atMs)));
    }

    private void Release(SimOrder o, decimal reserved)
    {
        var h = HoldingOf(o.Side == OrderSide.Sell ? o.Market.Base : o.Market.Quote);
        h.Locked -= reserved;
        h.Free += reserved;
    }

    private Holding HoldingOf(string asset)
    {
        if (!_balances.TryGetValue(asset, out var h)) _balances[asset] = h = new Holding();
        return h;
    }

    private static decimal LastPrice(Book book, IReadOnlyList<Candle> closed) =>
        book.Market.RoundPrice(ToMoney(closed.Count > 0 ? closed[^1].Close : book.Source.First!.Value.Open));

    private static decimal ToMoney(double value) => (decimal)value;

    private static double OnTick(Market market, double price) => (double)market.RoundPrice(ToMoney(price));

    private static int LowerBound(IReadOnlyList<Candle> candles, long openMs)
    {
        int lo = 0, hi = candles.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (candles[mid].OpenTimeMs < openMs) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private sealed class Book(Market market, ICandleSource source, long startMs)
    {
        public Market Market { get; } = market;
        public ICandleSource Source { get; } = source;

        // Open time just past the last candle already matched against resting orders; orders placed now only see later candles.
        public long ProcessedUntilMs { get; set; } = startMs;
    }

    private sealed class Holding
    {
        public decimal Free { get; set; }
        public decimal Locked { get; set; }
    }
}
