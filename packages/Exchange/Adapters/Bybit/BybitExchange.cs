using System.Globalization;
using System.Text;
using System.Text.Json;
using Serilog;
using Trader.Domain;
using Trader.Exchange.Decorators;

namespace Trader.Exchange.Adapters.Bybit;

/// <summary>
/// Bybit REST API v5, spot category, plain: it signs private calls in headers (X-BAPI-API-KEY, X-BAPI-TIMESTAMP,
/// X-BAPI-RECV-WINDOW, X-BAPI-SIGN), keeps its clock offset to the server in sync (retCode 10002 triggers one resync
/// and one resend), reads the <c>retCode</c>/<c>retMsg</c> envelope and maps every error to our hierarchy. Orders carry
/// our client order id as <c>orderLinkId</c>. It neither retries nor throttles: wrap it in <see cref="RetryingExchange"/>
/// and <see cref="ThrottledExchange"/>. The requests it adds on its own it charges to the same limiter itself: the clock
/// sync, the markets a call needs, the order read-back after a create or cancel (Bybit answers those with ids only) and
/// the ticker a stop order is checked against.
/// </summary>
public sealed class BybitExchange : IExchange
{
    private const string Venue = "Bybit";

    private readonly WireClient _wire;
    private readonly BybitOptions _options;
    private readonly ExchangeCredentials? _credentials;
    private readonly ServerClock _server;
    private readonly WeightLimiter? _limiter;
    private readonly ILogger _log;
    private readonly MarketCache _markets;

    /// <param name="http">Client for the REST calls; its base address is ignored in favour of <paramref name="options"/>.</param>
    /// <param name="options">Base URL, recv window and timeout.</param>
    /// <param name="credentials">Key and secret for private calls, or null for market data only.</param>
    /// <param name="clock">Local clock for timestamps and timeouts.</param>
    /// <param name="limiter">Charged for the adapter's own extra requests, or null.</param>
    /// <param name="log">Structured log.</param>
    public BybitExchange(HttpClient http, BybitOptions options, ExchangeCredentials? credentials, TimeProvider clock, WeightLimiter? limiter, ILogger log)
    {
        _wire = new WireClient(http, Venue, options.BaseUrl, options.Timeout, clock);
        _options = options;
        _credentials = credentials;
        _server = new ServerClock(clock);
        _limiter = limiter;
        _log = log.ForContext<BybitExchange>();
        _markets = new MarketCache(FetchMarketsAsync, ct => ChargeAsync(BybitLimits.Spot.LoadMarkets, ct), symbol => $"Bybit lists no spot market {symbol}; symbols look like BTC/USDT.");
    }

    /// <inheritdoc />
    public string Name => ExchangeIds.Bybit;

    /// <summary>Server time minus local time, ms, as last measured.</summary>
    public long ClockOffsetMs => _server.OffsetMs;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) => _markets.AllAsync(ct);

    // The venue's listing, read once by the market cache.
    private async Task<IReadOnlyDictionary<string, Market>> FetchMarketsAsync(CancellationToken ct)
    {
        var result = await GetAsync("/v5/market/instruments-info", [("category", "spot")], false, "load markets", ct);
        var markets = new Dictionary<string, Market>(StringComparer.Ordinal);
        foreach (var s in result.Field("list").Items())
        {
            if (s.String("status") != "Trading") continue;
            var (baseCoin, quote) = (s.String("baseCoin"), s.String("quoteCoin"));
            var lot = s.Field("lotSizeFilter");
            var market = new Market(s.String("symbol"), $"{baseCoin}/{quote}", baseCoin, quote, s.Field("priceFilter").Decimal("tickSize"),
                lot.Decimal("basePrecision"), lot.Decimal("minOrderQty"), lot.Decimal("minOrderAmt"));
            markets[market.Symbol] = market;
        }
        return markets;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var (source, interval) = BybitIntervals.For(timeframe);
        // A resampled timeframe needs several source candles per candle; one request carries at most 1000 of them.
        int perCandle = source == timeframe ? 1 : (int)(timeframe.DurationMs / source.DurationMs);
        int wanted = Math.Clamp(limit, 1, 1000 / perCandle);
        int sourceLimit = wanted * perCandle;
        var query = new List<(string, string)> { ("category", "spot"), ("symbol", market.Id), ("interval", interval), ("limit", Int(sourceLimit)) };
        if (sinceMs is { } since)
        {
            // Bybit pages by start and end; both pin the page to the candles from the first bucket at or after since.
            long start = timeframe.CeilingMs(since);
            query.Add(("start", Long(start)));
            if (!source.IsCalendar) query.Add(("end", Long(start + (long)sourceLimit * source.DurationMs - 1)));
        }
        var result = await GetAsync("/v5/market/kline", query, false, $"fetch OHLCV {symbol} {timeframe}", ct);
        var candles = result.Field("list").Items()
            .Select(r => new Candle(r.At(0).Long(), r.At(1).Double(), r.At(2).Double(), r.At(3).Double(), r.At(4).Double(), r.At(5).Double()))
            .Reverse() // Bybit lists the newest first
            .ToList();
        if (source == timeframe) return candles;
        // Only buckets whose every source candle could have arrived: the resampler drops the forming one.
        var built = CandleResampler.Resample(candles, source, timeframe);
        return built.Count > limit ? [.. built.Take(limit)] : built;
    }

    /// <inheritdoc />
    public async Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var result = await GetAsync("/v5/market/tickers", [("category", "spot"), ("symbol", market.Id)], false, $"fetch ticker {symbol}", ct);
        var t = result.Field("list").At(0);
        return new Ticker(symbol, _server.NowMs, t.Decimal("lastPrice"), t.Decimal("bid1Price"), t.Decimal("ask1Price"),
            t.Decimal("highPrice24h"), t.Decimal("lowPrice24h"), t.Decimal("prevPrice24h"), t.Decimal("volume24h"));
    }

    /// <inheritdoc />
    public async Task<Balance> FetchBalanceAsync(CancellationToken ct)
    {
        var result = await GetAsync("/v5/account/wallet-balance", [("accountType", "UNIFIED")], true, "fetch balance", ct);
        var assets = new Dictionary<string, BalanceEntry>(StringComparer.Ordinal);
        foreach (var account in result.Field("list").Items())
        {
            foreach (var c in account.Field("coin").Items())
            {
                decimal total = c.Decimal("walletBalance"), locked = c.Decimal("locked");
                assets[c.String("coin")] = new BalanceEntry(total - locked, locked);
            }
        }
        return new Balance(_server.NowMs, assets);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var market = await MarketAsync(symbol, ct);
        var (qty, px) = market.PrepareOrder(type, side, amount, price, referencePrice: null);
        var body = new List<(string, string)> { ("category", "spot"), ("symbol", market.Id), ("side", SideName(side)) };
        body.Add(("orderType", type == OrderType.Market ? "Market" : "Limit"));
        body.Add(("qty", Plain(qty)));
        // A spot market buy would otherwise count qty in the quote coin.
        if (type == OrderType.Market) body.Add(("marketUnit", "baseCoin"));
        if (px is { } p)
        {
            body.Add(("price", Plain(p)));
            body.Add(("timeInForce", type == OrderType.LimitMaker ? "PostOnly" : "GTC"));
        }
        body.Add(("orderLinkId", clientOrderId));
        string what = $"create {type} order {side} {Plain(qty)} {symbol}{(px is null ? "" : " at " + Plain(px.Value))} ({clientOrderId})";
        return await PlaceAsync(market, symbol, body, what, ct);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var market = await MarketAsync(symbol, ct);
        var (qty, px) = market.PrepareOrder(OrderType.StopLossLimit, side, amount, limitPrice, referencePrice: null);
        decimal stop = market.RoundPrice(stopPrice);
        if (stop <= 0) throw new InvalidOrderException($"{side} {symbol}: stop price {Plain(stopPrice)} is below the tick size {Plain(market.TickSize)}.");
        // Bybit spot reads a conditional order's direction from the last price: a stop the price has already passed
        // would become an order waiting for the price to come back, not a stop. Refuse it here, as Binance does.
        await ChargeAsync(BybitLimits.Spot.FetchTicker, ct);
        decimal last = (await FetchTickerAsync(symbol, ct)).Last;
        if (side == OrderSide.Sell ? stop >= last : stop <= last)
            throw new OrderWouldTriggerException($"{side} {symbol}: stop {Plain(stop)} is already crossed by the last price {Plain(last)}; place the stop beyond the last price, or exit at market.");
        var body = new List<(string, string)>
        {
            ("category", "spot"), ("symbol", market.Id), ("side", SideName(side)), ("orderType", "Limit"), ("qty", Plain(qty)),
            ("price", Plain(px!.Value)), ("triggerPrice", Plain(stop)), ("orderFilter", "StopOrder"), ("timeInForce", "GTC"), ("orderLinkId", clientOrderId),
        };
        return await PlaceAsync(market, symbol, body, $"create stop-limit order {side} {Plain(qty)} {symbol} stop {Plain(stop)} at {Plain(px.Value)} ({clientOrderId})", ct);
    }

    private async Task<ExchangeOrder> PlaceAsync(Market market, string symbol, List<(string, string)> body, string what, CancellationToken ct)
    {
        var placed = await PostAsync("/v5/order/create", body, what, ct);
        // Bybit acknowledges with the ids only; the order's state is read back.
        await ChargeAsync(BybitLimits.Spot.FetchOrder, ct);
        var state = await OrderPayloadAsync(symbol, OrderRef.ById(placed.String("orderId")), ct);
        // Bybit accepts a PostOnly order that would take and cancels it at once: refused, as the other venues answer it.
        if (state.OptionalField("rejectReason")?.String() == "EC_PostOnlyWillTakeLiquidity")
            throw new OrderImmediatelyFillableException($"{what} failed: Bybit canceled it at once (EC_PostOnlyWillTakeLiquidity); a post-only order must rest: price a buy below the best ask, a sell above the best bid.");
        return ParseOrder(state, symbol);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var canceled = await PostAsync("/v5/order/cancel", [("category", "spot"), ("symbol", market.Id), Ref(order)], $"cancel {order} on {symbol}", ct);
        await ChargeAsync(BybitLimits.Spot.FetchOrder, ct);
        return await FetchOrderAsync(symbol, OrderRef.ById(canceled.String("orderId")), ct);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct) =>
        ParseOrder(await OrderPayloadAsync(symbol, order, ct), symbol);

    private async Task<WirePayload> OrderPayloadAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var query = new List<(string, string)> { ("category", "spot"), ("symbol", market.Id), Ref(order) };
        var open = await GetAsync("/v5/order/realtime", query, true, $"fetch {order} on {symbol}", ct);
        if (open.Field("list").Items().FirstOrDefault() is { Element.ValueKind: JsonValueKind.Object } found) return found;
        // Not among the live orders: an order that ended is in the history.
        await ChargeAsync(BybitLimits.Spot.FetchOrder, ct);
        var history = await GetAsync("/v5/order/history", query, true, $"fetch {order} on {symbol}", ct);
        return history.Field("list").Items().FirstOrDefault() is { Element.ValueKind: JsonValueKind.Object } ended
            ? ended
            : throw new OrderNotFoundException($"fetch {order} on {symbol}: Bybit knows no such order; the order id or orderLinkId is unknown.");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var orders = new List<ExchangeOrder>();
        await foreach (var page in PagesAsync("/v5/order/realtime", [("category", "spot"), ("symbol", market.Id), ("limit", "50")], BybitLimits.Spot.FetchOpenOrders, $"fetch open orders {symbol}", ct))
            orders.AddRange(page.Select(o => ParseOrder(o, symbol)).Where(o => o.Status == OrderStatus.Open));
        return [.. orders.OrderBy(o => o.TimestampMs)];
    }

    /// <inheritdoc />
    /// <remarks>
    /// Bybit serves executions newest first, 100 a page, seven days from <c>startTime</c> (the last seven days without
    /// one). The adapter follows the pages (each charged to the limiter) through the window, at most
    /// <see cref="MaxPages"/> of them, and returns the oldest <paramref name="limit"/> from <paramref name="sinceMs"/>,
    /// or the newest <paramref name="limit"/> without it, oldest first.
    /// </remarks>
    public async Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var trades = new List<ExchangeTrade>();
        var query = new List<(string, string)> { ("category", "spot"), ("symbol", market.Id), ("limit", "100") };
        if (sinceMs is { } since) query.Add(("startTime", Long(since)));
        await foreach (var page in PagesAsync("/v5/execution/list", query, BybitLimits.Spot.FetchMyTrades, $"fetch my trades {symbol}", ct))
            trades.AddRange(page.Select(t => new ExchangeTrade(
                t.String("execId"), t.String("orderId"), symbol, ParseSide(t.String("side"), symbol), t.Decimal("execPrice"), t.Decimal("execQty"),
                t.Decimal("execValue"), t.Decimal("execFee"), t.String("feeCurrency"), t.Field("isMaker").Element.ValueKind == JsonValueKind.True, t.Long("execTime"))));
        return NewestFirstTrades.Window(trades, sinceMs, limit);
    }

    /// <summary>Pages one listing (<see cref="FetchMyTradesAsync"/>: 100 executions a page; <see cref="FetchOpenOrdersAsync"/>: 50 orders) reads at most.</summary>
    public const int MaxPages = 20;

    // A listing's pages, following Bybit's opaque nextPageCursor; the first request was charged by the throttling
    // decorator, every further one is charged here.
    private async IAsyncEnumerable<IEnumerable<WirePayload>> PagesAsync(string path, List<(string Key, string Value)> query, int weight, string what,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string cursor = "";
        for (int page = 0; page < MaxPages; page++)
        {
            var paged = cursor.Length == 0 ? query : [.. query, ("cursor", cursor)];
            if (cursor.Length > 0) await ChargeAsync(weight, ct);
            var result = await GetAsync(path, paged, true, what, ct);
            yield return result.Field("list").Items();
            cursor = result.OptionalField("nextPageCursor")?.String() ?? "";
            if (cursor.Length == 0) yield break;
        }
    }

    /// <inheritdoc />
    public async Task<long> FetchTimeAsync(CancellationToken ct)
    {
        var result = await GetAsync("/v5/market/time", [], false, "fetch time", ct);
        return long.Parse(result.String("timeNano"), NumberStyles.None, CultureInfo.InvariantCulture) / 1_000_000;
    }

    private async Task SyncTimeAsync(CancellationToken ct)
    {
        await ChargeAsync(BybitLimits.Spot.FetchTime, ct);
        long offset = await _server.SyncAsync(FetchTimeAsync, ct);
        _log.Debug("Bybit clock offset {OffsetMs} ms", offset);
    }

    private Task<Market> MarketAsync(string symbol, CancellationToken ct) => _markets.OfAsync(symbol, ct);

    private static ExchangeOrder ParseOrder(WirePayload o, string symbol)
    {
        var status = o.String("orderStatus") switch
        {
            "New" or "PartiallyFilled" or "Untriggered" or "Triggered" => OrderStatus.Open,
            "Filled" => OrderStatus.Closed,
            "Cancelled" or "PartiallyFilledCanceled" or "Deactivated" => OrderStatus.Canceled,
            "Rejected" => OrderStatus.Rejected,
            var other => throw new ExchangeException($"Bybit reported an unknown order status '{other}' for {symbol}."),
        };
        bool conditional = o.OptionalField("stopOrderType") is { } stopType && stopType.String().Length > 0;
        var type = (o.String("orderType"), conditional) switch
        {
            ("Limit", true) => OrderType.StopLossLimit,
            ("Limit", false) when o.OptionalField("timeInForce")?.String() == "PostOnly" => OrderType.LimitMaker,
            ("Limit", false) => OrderType.Limit,
            ("Market", false) => OrderType.Market,
            var (other, _) => throw new ExchangeException($"Bybit reported order type '{other}'{(conditional ? " (conditional)" : "")} for {symbol}, which this adapter does not handle."),
        };
        decimal filled = o.Decimal("cumExecQty"), cost = o.Decimal("cumExecValue");
        return new ExchangeOrder(o.String("orderId"), o.String("orderLinkId"), symbol, type, ParseSide(o.String("side"), symbol), status,
            type == OrderType.Market ? null : o.Decimal("price"), o.Decimal("qty"), filled, cost, filled > 0 ? cost / filled : null,
            o.Long("createdTime"), o.Long("updatedTime"), type == OrderType.StopLossLimit ? o.Decimal("triggerPrice") : null);
    }

    private static OrderSide ParseSide(string side, string symbol) => side switch
    {
        "Buy" => OrderSide.Buy,
        "Sell" => OrderSide.Sell,
        var other => throw new ExchangeException($"Bybit reported order side '{other}' for {symbol}."),
    };

    private static string SideName(OrderSide side) => side == OrderSide.Buy ? "Buy" : "Sell";

    private static (string, string) Ref(OrderRef order) => order.Id is { } id ? ("orderId", id) : ("orderLinkId", order.ClientOrderId!);

    private static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Long(long value) => value.ToString(CultureInfo.InvariantCulture);

    private Task ChargeAsync(int requests, CancellationToken ct) => _limiter?.AcquireAsync(requests, ct) ?? Task.CompletedTask;

    private Task<WirePayload> GetAsync(string path, List<(string Key, string Value)> query, bool signed, string what, CancellationToken ct)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in query)
        {
            if (text.Length > 0) text.Append('&');
            text.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return SendAsync(HttpMethod.Get, path, text.ToString(), signed, what, ct);
    }

    private Task<WirePayload> PostAsync(string path, List<(string Key, string Value)> fields, string what, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (key, value) in fields) json.WriteString(key, value);
            json.WriteEndObject();
        }
        return SendAsync(HttpMethod.Post, path, Encoding.UTF8.GetString(buffer.ToArray()), true, what, ct);
    }

    // payload: the query string of a GET, the JSON body of a POST; it is what gets signed.
    private async Task<WirePayload> SendAsync(HttpMethod method, string path, string payload, bool signed, string what, CancellationToken ct)
    {
        if (!signed) return await SendOnceAsync(method, path, payload, false, what, ct);
        if (_credentials is null) throw new AuthenticationException($"{what} needs API credentials; set {ExchangeCredentials.KeyVariable(ExchangeIds.Bybit)} and {ExchangeCredentials.SecretVariable(ExchangeIds.Bybit)}.");
        if (!_server.IsSynced) await SyncTimeAsync(ct);
        try
        {
            return await SendOnceAsync(method, path, payload, true, what, ct);
        }
        catch (InvalidNonceException e)
        {
            _log.Warning("Bybit rejected the timestamp of {Call}; resyncing the clock and retrying once: {Error}", what, e.Message);
            await SyncTimeAsync(ct);
            await ChargeAsync(1, ct);
            return await SendOnceAsync(method, path, payload, true, what, ct);
        }
    }

    private async Task<WirePayload> SendOnceAsync(HttpMethod method, string path, string payload, bool signed, string what, CancellationToken ct)
    {
        bool isGet = method == HttpMethod.Get;
        var uri = new Uri(_options.BaseUrl, path + (isGet && payload.Length > 0 ? "?" + payload : ""));
        using var request = new HttpRequestMessage(method, uri);
        if (!isGet) request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
        if (signed)
        {
            long timestamp = _server.NowMs;
            string key = _credentials!.Key.Reveal();
            request.Headers.Add("X-BAPI-API-KEY", key);
            request.Headers.Add("X-BAPI-TIMESTAMP", Long(timestamp));
            request.Headers.Add("X-BAPI-RECV-WINDOW", Int(_options.RecvWindowMs));
            request.Headers.Add("X-BAPI-SIGN", BybitSigner.Sign(_credentials.Secret.Reveal(), timestamp, key, _options.RecvWindowMs, payload));
        }

        var response = await _wire.SendAsync(request, what, !isGet, ct);
        int? code = null;
        string? msg = null;
        if (response.Json is { ValueKind: JsonValueKind.Object } e)
        {
            if (e.TryGetProperty("retCode", out var c) && c.TryGetInt32(out var ci)) code = ci;
            if (e.TryGetProperty("retMsg", out var m) && m.ValueKind == JsonValueKind.String) msg = m.GetString();
        }
        if (response.IsSuccess && code == 0) return new WirePayload(response.Json!.Value, Venue, what).Field("result");
        if (response.IsSuccess && code is null) throw new ExchangeException($"Bybit answered {what} without a retCode ({(response.Body.Length > 80 ? response.Body[..80] + "..." : response.Body)}).");
        throw BybitErrors.Map((int)response.Status, code, msg, what, RetryAfter(response), !isGet);
    }

    // Retry-After when sent (HTTP 429), otherwise until the reset Bybit reports for the exceeded limit.
    private TimeSpan RetryAfter(WireResponse response)
    {
        if (response.Headers.RetryAfter?.Delta is { } delta) return delta;
        if (response.LongHeader("X-Bapi-Limit-Reset-Timestamp") is { } resetMs)
        {
            long wait = resetMs - _server.NowMs;
            if (wait > 0) return TimeSpan.FromMilliseconds(wait);
        }
        return response.RetryAfter;
    }
}
