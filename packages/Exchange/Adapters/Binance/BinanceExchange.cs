using System.Globalization;
using System.Text;
using System.Text.Json;
using Serilog;
using Trader.Domain;
using Trader.Exchange.Adapters;
using Trader.Exchange.Decorators;

namespace Trader.Exchange.Adapters.Binance;

/// <summary>
/// Binance spot REST API v3, plain: it signs (HMAC-SHA256 with timestamp and recvWindow, X-MBX-APIKEY header), keeps
/// its clock offset to the server in sync (error -1021 triggers one resync and one resend), reports the
/// X-MBX-USED-WEIGHT-1M header to an optional <see cref="WeightLimiter"/>, and maps every error to our hierarchy.
/// It neither retries nor throttles its calls: wrap it in <see cref="RetryingExchange"/> and <see cref="ThrottledExchange"/>,
/// which charges each call's weight once. The requests the adapter adds on its own (the clock sync before the first
/// signed call, the resync and resend after -1021, the markets a call needs before they are loaded) it charges to the
/// same limiter itself, so the budget counts every request before it is sent.
/// It holds OCO order lists (<see cref="IOrderListExchange"/>) through <c>/api/v3/orderList/oco</c>: a LIMIT_MAKER leg and
/// a STOP_LOSS_LIMIT leg; reading a list reads its two legs too (<c>GET /api/v3/orderList</c> names them only).
/// </summary>
public sealed class BinanceExchange : IExchange, IOrderListExchange
{
    private readonly WireClient _wire;
    private readonly BinanceOptions _options;
    private readonly ExchangeCredentials? _credentials;
    private readonly ServerClock _server;
    private readonly WeightLimiter? _weights;
    private readonly ILogger _log;
    private readonly MarketCache _markets;

    /// <param name="http">Client for the REST calls; its base address is ignored in favour of <paramref name="options"/>.</param>
    /// <param name="options">Base URL, recvWindow and timeout.</param>
    /// <param name="credentials">Key and secret for signed calls, or null for market data only.</param>
    /// <param name="clock">Local clock for timestamps and timeouts.</param>
    /// <param name="weights">Charged for the adapter's own extra requests and told the weight the server reports, or null.</param>
    /// <param name="log">Structured log.</param>
    public BinanceExchange(HttpClient http, BinanceOptions options, ExchangeCredentials? credentials, TimeProvider clock, WeightLimiter? weights, ILogger log)
    {
        _wire = new WireClient(http, "Binance", options.BaseUrl, options.Timeout, clock);
        _options = options;
        _credentials = credentials;
        _server = new ServerClock(clock);
        _weights = weights;
        _log = log.ForContext<BinanceExchange>();
        _markets = new MarketCache(FetchMarketsAsync, ct => ChargeAsync(BinanceWeights.Spot.LoadMarkets, ct), symbol => $"Binance lists no market {symbol}; symbols look like BTC/USDT.");
    }

    /// <inheritdoc />
    public string Name => "binance";

    /// <inheritdoc />
    public IOrderListExchange OrderLists => this;

    /// <summary>Server time minus local time, ms, as last measured.</summary>
    public long ClockOffsetMs => _server.OffsetMs;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) => _markets.AllAsync(ct);

    // The venue's listing, read once by the market cache.
    private async Task<IReadOnlyDictionary<string, Market>> FetchMarketsAsync(CancellationToken ct)
    {
        var info = await SendAsync(HttpMethod.Get, "/api/v3/exchangeInfo", [], false, BinanceWeights.Spot.LoadMarkets, "load markets", ct);
        var markets = new Dictionary<string, Market>(StringComparer.Ordinal);
        foreach (var s in info.Field("symbols").Items())
        {
            if (s.String("status") != "TRADING") continue;
            var (baseAsset, quote) = (s.String("baseAsset"), s.String("quoteAsset"));
            decimal tick = 0, step = 0, minQty = 0, minNotional = 0;
            foreach (var f in s.Field("filters").Items())
            {
                switch (f.String("filterType"))
                {
                    case "PRICE_FILTER": tick = f.Decimal("tickSize"); break;
                    case "LOT_SIZE": (step, minQty) = (f.Decimal("stepSize"), f.Decimal("minQty")); break;
                    case "NOTIONAL" or "MIN_NOTIONAL": minNotional = f.Decimal("minNotional"); break;
                }
            }
            var market = new Market(s.String("symbol"), $"{baseAsset}/{quote}", baseAsset, quote, tick, step, minQty, minNotional);
            markets[market.Symbol] = market;
        }
        return markets;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var query = new List<(string, string)> { ("symbol", market.Id), ("interval", timeframe.ToString()), ("limit", Math.Clamp(limit, 1, 1000).ToString(CultureInfo.InvariantCulture)) };
        if (sinceMs is { } since) query.Add(("startTime", since.ToString(CultureInfo.InvariantCulture)));
        var rows = await SendAsync(HttpMethod.Get, "/api/v3/klines", query, false, BinanceWeights.Spot.FetchOhlcv, $"fetch OHLCV {symbol} {timeframe}", ct);
        // The backfiller's hot path (1000 rows a page): read the rows straight from the document; only a malformed
        // payload takes the field-by-field reader, whose error names the offending path and value.
        if (rows.Element.ValueKind == JsonValueKind.Array)
        {
            var candles = new List<Candle>(rows.Element.GetArrayLength());
            foreach (var row in rows.Element.EnumerateArray())
            {
                if (!TryKline(row, out var candle)) return ParseKlines(rows);
                candles.Add(candle);
            }
            return candles;
        }
        return ParseKlines(rows);
    }

    private static List<Candle> ParseKlines(WirePayload rows) =>
        rows.Items().Select(r => new Candle(r.At(0).Long(), r.At(1).Double(), r.At(2).Double(), r.At(3).Double(), r.At(4).Double(), r.At(5).Double())).ToList();

    private static bool TryKline(JsonElement row, out Candle candle)
    {
        candle = default;
        if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() < 6 || !row[0].TryGetInt64(out long openMs)) return false;
        if (!TryNumber(row[1], out double open) || !TryNumber(row[2], out double high) || !TryNumber(row[3], out double low)
            || !TryNumber(row[4], out double close) || !TryNumber(row[5], out double volume)) return false;
        candle = new Candle(openMs, open, high, low, close, volume);
        return true;
    }

    // Binance sends prices as strings ("42000.01000000"); parse the UTF-8 bytes without allocating a string.
    private static bool TryNumber(JsonElement element, out double value)
    {
        value = 0;
        if (element.ValueKind == JsonValueKind.Number) return element.TryGetDouble(out value);
        if (element.ValueKind != JsonValueKind.String) return false;
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
        return raw.Length >= 2 && double.TryParse(raw[1..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <inheritdoc />
    public async Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var t = await SendAsync(HttpMethod.Get, "/api/v3/ticker/24hr", [("symbol", market.Id)], false, BinanceWeights.Spot.FetchTicker, $"fetch ticker {symbol}", ct);
        return new Ticker(symbol, t.Long("closeTime"), t.Decimal("lastPrice"), t.Decimal("bidPrice"), t.Decimal("askPrice"), t.Decimal("highPrice"), t.Decimal("lowPrice"), t.Decimal("openPrice"), t.Decimal("volume"));
    }

    /// <inheritdoc />
    public async Task<Balance> FetchBalanceAsync(CancellationToken ct)
    {
        var account = await SendAsync(HttpMethod.Get, "/api/v3/account", [], true, BinanceWeights.Spot.FetchBalance, "fetch balance", ct);
        var assets = new Dictionary<string, BalanceEntry>(StringComparer.Ordinal);
        foreach (var b in account.Field("balances").Items()) assets[b.String("asset")] = new BalanceEntry(b.Decimal("free"), b.Decimal("locked"));
        return new Balance(account.Long("updateTime"), assets);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var market = await MarketAsync(symbol, ct);
        // Market orders are valued by the exchange; checking their notional here would cost a ticker request.
        var (qty, px) = market.PrepareOrder(type, side, amount, price, referencePrice: null);
        return await PlaceAsync(market, symbol, type, side, qty, px, stopPrice: null, clientOrderId, ct);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var market = await MarketAsync(symbol, ct);
        var (qty, px) = market.PrepareOrder(OrderType.StopLossLimit, side, amount, limitPrice, referencePrice: null);
        decimal stop = market.RoundPrice(stopPrice);
        if (stop <= 0) throw new InvalidOrderException($"{side} {symbol}: stop price {Plain(stopPrice)} is below the tick size {Plain(market.TickSize)}.");
        return await PlaceAsync(market, symbol, OrderType.StopLossLimit, side, qty, px, stop, clientOrderId, ct);
    }

    private async Task<ExchangeOrder> PlaceAsync(Market market, string symbol, OrderType type, OrderSide side, decimal qty, decimal? px, decimal? stopPrice,
        string clientOrderId, CancellationToken ct)
    {
        var query = new List<(string, string)> { ("symbol", market.Id), ("side", side == OrderSide.Buy ? "BUY" : "SELL"), ("type", TypeName(type)) };
        // LIMIT_MAKER is Binance's post-only order: it rests until canceled by definition and takes no timeInForce.
        if (type is OrderType.Limit or OrderType.StopLossLimit) query.Add(("timeInForce", "GTC"));
        query.Add(("quantity", Plain(qty)));
        if (px is { } p) query.Add(("price", Plain(p)));
        if (stopPrice is { } stop) query.Add(("stopPrice", Plain(stop)));
        query.Add(("newClientOrderId", clientOrderId));
        query.Add(("newOrderRespType", "FULL"));
        string what = $"create {TypeName(type)} order {side} {Plain(qty)} {symbol}{(stopPrice is null ? "" : " stop " + Plain(stopPrice.Value))}{(px is null ? "" : " at " + Plain(px.Value))} ({clientOrderId})";
        var o = await SendAsync(HttpMethod.Post, "/api/v3/order", query, true, BinanceWeights.Spot.CreateOrder, what, ct);
        return ParseOrder(o, symbol, o.String("clientOrderId"), o.Long("transactTime"), o.Long("transactTime"));
    }

    /// <inheritdoc />
    public async Task<OrderList> CreateOcoOrderAsync(OcoOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var market = await MarketAsync(order.Symbol, ct);
        var (qty, limit) = market.PrepareOrder(OrderType.LimitMaker, order.Side, order.Amount, order.LimitPrice, referencePrice: null);
        var (_, stopLimit) = market.PrepareOrder(OrderType.StopLossLimit, order.Side, order.Amount, order.StopLimitPrice, referencePrice: null);
        decimal stop = market.RoundPrice(order.StopPrice);
        if (stop <= 0) throw new InvalidOrderException($"OCO {order.Side} {order.Symbol}: stop price {Plain(order.StopPrice)} is below the tick size {Plain(market.TickSize)}.");
        // A sell's take profit is the leg above the price and its stop the leg below; a buy's the reverse.
        var (limitLeg, stopLeg) = order.Side == OrderSide.Sell ? ("above", "below") : ("below", "above");
        var query = new List<(string, string)>
        {
            ("symbol", market.Id), ("side", order.Side == OrderSide.Buy ? "BUY" : "SELL"), ("quantity", Plain(qty)),
            ("listClientOrderId", order.ListClientOrderId),
            (limitLeg + "Type", "LIMIT_MAKER"), (limitLeg + "Price", Plain(limit!.Value)), (limitLeg + "ClientOrderId", order.LimitClientOrderId),
            (stopLeg + "Type", "STOP_LOSS_LIMIT"), (stopLeg + "StopPrice", Plain(stop)), (stopLeg + "Price", Plain(stopLimit!.Value)),
            (stopLeg + "TimeInForce", "GTC"), (stopLeg + "ClientOrderId", order.StopClientOrderId),
            ("newOrderRespType", "FULL"),
        };
        string what = $"create OCO {order.Side} {Plain(qty)} {order.Symbol} at {Plain(limit.Value)} or stop {Plain(stop)} limit {Plain(stopLimit.Value)} ({order.ListClientOrderId})";
        var l = await SendAsync(HttpMethod.Post, "/api/v3/orderList/oco", query, true, BinanceWeights.Spot.CreateOrder, what, ct);
        return ParseList(l, order.Symbol, l.Field("orderReports").Items().Select(o => ParseOrder(o, order.Symbol, o.String("clientOrderId"), o.Long("transactTime"), o.Long("transactTime"))).ToList());
    }

    /// <inheritdoc />
    public async Task<OrderList> CancelOrderListAsync(string symbol, OrderRef list, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var which = list.Id is { } id ? ("orderListId", id) : ("listClientOrderId", list.ClientOrderId!);
        var l = await SendAsync(HttpMethod.Delete, "/api/v3/orderList", [("symbol", market.Id), which], true, BinanceWeights.Spot.CancelOrder, $"cancel order list {list} on {symbol}", ct);
        long at = l.Long("transactionTime");
        return ParseList(l, symbol, l.Field("orderReports").Items().Select(o => ParseOrder(o, symbol, o.String("origClientOrderId"), at, at)).ToList());
    }

    /// <inheritdoc />
    public async Task<OrderList> FetchOrderListAsync(string symbol, OrderRef list, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var which = list.Id is { } id ? ("orderListId", id) : ("origClientOrderId", list.ClientOrderId!);
        var l = await SendAsync(HttpMethod.Get, "/api/v3/orderList", [which], true, BinanceWeights.Spot.FetchOrder, $"fetch order list {list}", ct);
        if (l.String("symbol") != market.Id) throw new OrderNotFoundException($"fetch order list {list}: it is on {l.String("symbol")}, not {symbol}.");
        var legs = new List<ExchangeOrder>();
        foreach (var leg in l.Field("orders").Items()) legs.Add(await FetchOrderAsync(symbol, OrderRef.ById(leg.Long("orderId").ToString(CultureInfo.InvariantCulture)), ct));
        return ParseList(l, symbol, legs);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OrderList>> FetchOpenOrderListsAsync(string symbol, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var lists = (await SendAsync(HttpMethod.Get, "/api/v3/openOrderList", [], true, BinanceWeights.Spot.FetchOpenOrders, "fetch open order lists", ct))
            .Items().Where(l => l.String("symbol") == market.Id).ToList();
        if (lists.Count == 0) return [];
        // An executing list's legs are open orders: one request reads them all.
        var open = (await FetchOpenOrdersAsync(symbol, ct)).ToDictionary(o => o.Id, StringComparer.Ordinal);
        return lists.Select(l => ParseList(l, symbol, l.Field("orders").Items()
            .Select(o => o.Long("orderId").ToString(CultureInfo.InvariantCulture))
            .Select(id => open.GetValueOrDefault(id) ?? throw new ExchangeException($"Binance lists order list {l.Long("orderListId")} open but not its leg {id}; check the account's orders."))
            .ToList())).ToList();
    }

    private static OrderList ParseList(WirePayload l, string symbol, IReadOnlyList<ExchangeOrder> legs) =>
        new(l.Long("orderListId").ToString(CultureInfo.InvariantCulture), l.String("listClientOrderId"), symbol,
            l.String("listOrderStatus") == "ALL_DONE", l.Long("transactionTime"), legs);

    private static string TypeName(OrderType type) => type switch
    {
        OrderType.Limit => "LIMIT",
        OrderType.LimitMaker => "LIMIT_MAKER",
        OrderType.StopLossLimit => "STOP_LOSS_LIMIT",
        _ => "MARKET",
    };

    /// <inheritdoc />
    public async Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var o = await SendAsync(HttpMethod.Delete, "/api/v3/order", [("symbol", market.Id), Ref(order)], true, BinanceWeights.Spot.CancelOrder, $"cancel {order} on {symbol}", ct);
        long at = o.Long("transactTime");
        return ParseOrder(o, symbol, o.String("origClientOrderId"), at, at);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var o = await SendAsync(HttpMethod.Get, "/api/v3/order", [("symbol", market.Id), Ref(order)], true, BinanceWeights.Spot.FetchOrder, $"fetch {order} on {symbol}", ct);
        return ParseOrder(o, symbol, o.String("clientOrderId"), o.Long("time"), o.Long("updateTime"));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var rows = await SendAsync(HttpMethod.Get, "/api/v3/openOrders", [("symbol", market.Id)], true, BinanceWeights.Spot.FetchOpenOrders, $"fetch open orders {symbol}", ct);
        return rows.Items().Select(o => ParseOrder(o, symbol, o.String("clientOrderId"), o.Long("time"), o.Long("updateTime"))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var query = new List<(string, string)> { ("symbol", market.Id), ("limit", Math.Clamp(limit, 1, 1000).ToString(CultureInfo.InvariantCulture)) };
        if (sinceMs is { } since) query.Add(("startTime", since.ToString(CultureInfo.InvariantCulture)));
        var rows = await SendAsync(HttpMethod.Get, "/api/v3/myTrades", query, true, BinanceWeights.Spot.FetchMyTrades, $"fetch my trades {symbol}", ct);
        return rows.Items().Select(t => new ExchangeTrade(
            t.Long("id").ToString(CultureInfo.InvariantCulture), t.Long("orderId").ToString(CultureInfo.InvariantCulture), symbol,
            t.Bool("isBuyer") ? OrderSide.Buy : OrderSide.Sell, t.Decimal("price"), t.Decimal("qty"), t.Decimal("quoteQty"),
            t.Decimal("commission"), t.String("commissionAsset"), t.Bool("isMaker"), t.Long("time"))).ToList();
    }

    /// <inheritdoc />
    public async Task<long> FetchTimeAsync(CancellationToken ct) =>
        (await SendAsync(HttpMethod.Get, "/api/v3/time", [], false, BinanceWeights.Spot.FetchTime, "fetch time", ct)).Long("serverTime");

    /// <summary>Measures the server clock's offset from ours (half the round trip assumed each way).</summary>
    public async Task SyncTimeAsync(CancellationToken ct)
    {
        await ChargeAsync(BinanceWeights.Spot.FetchTime, ct);
        long offset = await _server.SyncAsync(FetchTimeAsync, ct);
        _log.Debug("Binance clock offset {OffsetMs} ms", offset);
    }

    private Task<Market> MarketAsync(string symbol, CancellationToken ct) => _markets.OfAsync(symbol, ct);

    private static ExchangeOrder ParseOrder(WirePayload o, string symbol, string clientOrderId, long createdMs, long updatedMs)
    {
        var status = o.String("status") switch
        {
            "NEW" or "PARTIALLY_FILLED" or "PENDING_NEW" => OrderStatus.Open,
            "FILLED" => OrderStatus.Closed,
            "CANCELED" or "PENDING_CANCEL" => OrderStatus.Canceled,
            "REJECTED" => OrderStatus.Rejected,
            "EXPIRED" or "EXPIRED_IN_MATCH" => OrderStatus.Expired,
            var other => throw new ExchangeException($"Binance reported an unknown order status '{other}' for {symbol}."),
        };
        var type = o.String("type") switch
        {
            "LIMIT" => OrderType.Limit,
            "LIMIT_MAKER" => OrderType.LimitMaker,
            "MARKET" => OrderType.Market,
            "STOP_LOSS_LIMIT" => OrderType.StopLossLimit,
            var other => throw new ExchangeException($"Binance reported order type '{other}' for {symbol}, which this adapter does not handle."),
        };
        var side = o.String("side") switch
        {
            "BUY" => OrderSide.Buy,
            "SELL" => OrderSide.Sell,
            var other => throw new ExchangeException($"Binance reported order side '{other}' for {symbol}."),
        };
        decimal price = o.Decimal("price");
        decimal filled = o.Decimal("executedQty");
        decimal cost = o.Decimal("cummulativeQuoteQty");
        return new ExchangeOrder(o.Long("orderId").ToString(CultureInfo.InvariantCulture), clientOrderId, symbol, type, side, status,
            type == OrderType.Market ? null : price, o.Decimal("origQty"), filled, cost, filled > 0 ? cost / filled : null, createdMs, updatedMs,
            type == OrderType.StopLossLimit ? o.Decimal("stopPrice") : null,
            o.OptionalField("orderListId") is { } list && list.Long() is var listId and >= 0 ? listId.ToString(CultureInfo.InvariantCulture) : null);
    }

    private static (string, string) Ref(OrderRef order) =>
        order.Id is { } id ? ("orderId", id) : ("origClientOrderId", order.ClientOrderId!);

    private static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private Task ChargeAsync(int weight, CancellationToken ct) => _weights?.AcquireAsync(weight, ct) ?? Task.CompletedTask;

    // weight: the call's weight, charged again when a -1021 makes the adapter resend it.
    private async Task<WirePayload> SendAsync(HttpMethod method, string path, List<(string Key, string Value)> query, bool signed, int weight, string what, CancellationToken ct)
    {
        if (!signed) return await SendOnceAsync(method, path, query, false, what, ct);
        if (_credentials is null) throw new AuthenticationException($"{what} needs API credentials; set {ExchangeCredentials.KeyVariable(ExchangeIds.Binance)} and {ExchangeCredentials.SecretVariable(ExchangeIds.Binance)}.");
        if (!_server.IsSynced) await SyncTimeAsync(ct);
        try
        {
            return await SendOnceAsync(method, path, query, true, what, ct);
        }
        catch (InvalidNonceException e)
        {
            _log.Warning("Binance rejected the timestamp of {Call}; resyncing the clock and retrying once: {Error}", what, e.Message);
            await SyncTimeAsync(ct);
            await ChargeAsync(weight, ct);
            return await SendOnceAsync(method, path, query, true, what, ct);
        }
    }

    private async Task<WirePayload> SendOnceAsync(HttpMethod method, string path, List<(string Key, string Value)> query, bool signed, string what, CancellationToken ct)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in query) Append(text, key, value);
        if (signed)
        {
            Append(text, "recvWindow", _options.RecvWindowMs.ToString(CultureInfo.InvariantCulture));
            Append(text, "timestamp", (_server.NowMs).ToString(CultureInfo.InvariantCulture));
            Append(text, "signature", BinanceSigner.Sign(_credentials!.Secret.Reveal(), text.ToString()));
        }
        var uri = new Uri(_options.BaseUrl, path + (text.Length > 0 ? "?" + text : ""));
        using var request = new HttpRequestMessage(method, uri);
        if (signed) request.Headers.Add("X-MBX-APIKEY", _credentials!.Key.Reveal());

        var response = await _wire.SendAsync(request, what, method != HttpMethod.Get, ct);
        if (response.LongHeader("X-MBX-USED-WEIGHT-1M") is { } weight and >= 0 and <= int.MaxValue) _weights?.Observe((int)weight);
        if (response.IsSuccess) return new WirePayload(response.Json!.Value, "Binance", what);

        int? code = null;
        string? msg = null;
        if (response.Json is { ValueKind: JsonValueKind.Object } e)
        {
            if (e.TryGetProperty("code", out var c) && c.TryGetInt32(out var ci)) code = ci;
            if (e.TryGetProperty("msg", out var m) && m.ValueKind == JsonValueKind.String) msg = m.GetString();
        }
        throw BinanceErrors.Map((int)response.Status, code, msg, what, response.RetryAfter, method != HttpMethod.Get);
    }

    private static void Append(StringBuilder text, string key, string value)
    {
        if (text.Length > 0) text.Append('&');
        text.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
