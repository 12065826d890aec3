using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Trader.Domain;
using Trader.Simulator;

namespace Trader.ExchangeSim.Dialects.Bybit;

/// <summary>
/// Bybit REST API v5, spot category, under <c>/v5/</c>: every answer is the <c>retCode</c>/<c>retMsg</c>/<c>result</c>
/// envelope with HTTP 200 (an API error is a non-zero retCode); private calls are signed in headers (X-BAPI-API-KEY,
/// X-BAPI-TIMESTAMP, X-BAPI-RECV-WINDOW, X-BAPI-SIGN = hex HMAC-SHA256 of timestamp + key + recv window + the query
/// string of a GET or the JSON body of a POST); orders carry <c>orderLinkId</c> as the client id; the request budget
/// is reported in X-Bapi-Limit* headers and an overrun is retCode 10006. The unified trading account is the only one.
/// </summary>
public sealed class BybitDialect(DialectContext context) : IDialect
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };

    private readonly Venue _venue = context.Venue;
    private readonly SimOptions _options = context.Options;

    // Ids of the PostOnly orders canceled at placement because they would have taken: their rejectReason says so.
    private readonly ConcurrentDictionary<string, bool> _postOnlyTaking = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "bybit";

    /// <inheritdoc />
    public string ApiPrefix => "/v5/";

    /// <inheritdoc />
    public int Cost(string method, string path) => 1;

    /// <inheritdoc />
    public void WriteUsage(HttpResponse response, int used, int limit, long windowEndMs)
    {
        response.Headers["X-Bapi-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Bapi-Limit-Status"] = Math.Max(0, limit - used).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Bapi-Limit-Reset-Timestamp"] = (used > limit ? windowEndMs : _venue.NowMs).ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public Task WriteOverLimitAsync(HttpContext context, TimeSpan retryAfter, long windowEndMs) =>
        Write(context, 200, new BybitError(10006, "Too many visits. Exceeded the API Rate Limit."));

    /// <inheritdoc />
    public Task WriteFaultAsync(HttpContext context, Fault fault, int retryAfterSeconds)
    {
        if (fault == Fault.TooManyRequests)
        {
            // Bybit's HTTP 429: system-level frequency protection, retry later.
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Write(context, 429, new BybitError(10006, "System level frequency protection; injected by the simulator."));
        }
        return Write(context, 503, new BybitError(10016, "Server error."));
    }

    /// <inheritdoc />
    public string StatusName(ExchangeOrder order) => BybitJson.Status(order);

    public string OrderId(ExchangeOrder order) => order.Id;

    private Task Write(HttpContext context, int status, BybitError error)
    {
        // Headers already set (Retry-After, the limit headers) stay; a buffered body was never sent.
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Envelope(error.Code, error.Message, new { }), Json, context.RequestAborted);
    }

    private object Envelope(int code, string msg, object result) =>
        new { retCode = code, retMsg = msg, result, retExtInfo = new { }, time = _venue.NowMs };

    /// <inheritdoc />
    public void Map(WebApplication app)
    {
        app.MapGet("/v5/market/time", (HttpContext c) => Handle(c, false, _ =>
        {
            long now = _venue.NowMs;
            return new { timeSecond = (now / 1000).ToString(CultureInfo.InvariantCulture), timeNano = (now * 1_000_000).ToString(CultureInfo.InvariantCulture) };
        }));
        app.MapGet("/v5/market/instruments-info", (HttpContext c) => Handle(c, false, p =>
        {
            Spot(p);
            var wanted = p.Optional("symbol");
            var list = _venue.Markets.Values.Where(m => wanted is null || m.Id == wanted).Select(BybitJson.Instrument).ToArray();
            return new { category = "spot", list, nextPageCursor = "" };
        }));
        app.MapGet("/v5/market/tickers", (HttpContext c) => Handle(c, false, p =>
        {
            Spot(p);
            var wanted = p.Optional("symbol");
            var markets = _venue.Markets.Values.Where(m => wanted is null || m.Id == wanted).ToList();
            if (markets.Count == 0) throw BybitError.Params("Not supported symbols");
            return new { category = "spot", list = markets.Select(m => BybitJson.Ticker(_venue.Ticker(m.Symbol), m)).ToArray() };
        }));
        app.MapGet("/v5/market/kline", (HttpContext c) => Handle(c, false, p =>
        {
            Spot(p);
            var market = MarketOf(p);
            if (!BybitIntervals.TryParse(p.Required("interval"), out var tf)) throw BybitError.Params("Invalid period!");
            int limit = (int)(p.OptionalLong("limit") ?? 200);
            if (limit is < 1 or > 1000) throw BybitError.Params("Invalid limit: 1..1000.");
            long? start = p.OptionalLong("start"), end = p.OptionalLong("end");
            IReadOnlyList<Candle> candles;
            try
            {
                // Only a start: the first candles from it. An end: the latest candles up to it (not before a start).
                candles = start is not null && end is null
                    ? _venue.Candles(market.Symbol, tf, start, null, limit)
                    : [.. _venue.Candles(market.Symbol, tf, null, end, limit).Where(k => start is null || k.OpenTimeMs >= start)];
            }
            catch (ExchangeException) { throw BybitError.Params("Invalid period!"); }
            // Newest first, as Bybit lists klines.
            var list = candles.Select(context.Faults.Kline).Reverse().Select(BybitJson.Kline).ToArray();
            return new { symbol = market.Id, category = "spot", list };
        }));
        app.MapGet("/v5/account/wallet-balance", (HttpContext c) => Handle(c, true, p =>
        {
            if (p.Required("accountType") != "UNIFIED") throw BybitError.Params("accountType only support UNIFIED.");
            var coins = p.Optional("coin")?.Split(',').ToHashSet(StringComparer.Ordinal);
            var balance = _venue.Balance();
            var coin = balance.Assets.Where(a => coins is null || coins.Contains(a.Key)).OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => BybitJson.Coin(a.Key, a.Value)).ToArray();
            return new
            {
                list = new[]
                {
                    new
                    {
                        accountType = "UNIFIED", accountIMRate = "0", accountMMRate = "0", accountLTV = "0", totalEquity = "", totalWalletBalance = "",
                        totalMarginBalance = "", totalAvailableBalance = "", totalPerpUPL = "0", totalInitialMargin = "0", totalMaintenanceMargin = "0", coin,
                    },
                },
            };
        }));
        app.MapGet("/v5/account/info", (HttpContext c) => Handle(c, true, _ => new
        {
            unifiedMarginStatus = 6, marginMode = "REGULAR_MARGIN", isMasterTrader = false, spotHedgingStatus = "OFF",
            updatedTime = Ms(_venue.NowMs), dcpStatus = "OFF", timeWindow = 0, smpGroup = 0,
        }));
        app.MapGet("/v5/user/query-api", (HttpContext c) => Handle(c, true, _ => new
        {
            id = "1", note = "exchangesim", apiKey = _options.ApiKey, readOnly = 0, secret = "",
            permissions = new { Spot = new[] { "SpotTrade" }, Wallet = new[] { "AccountTransfer" } },
            ips = new[] { "*" }, type = 1, deadlineDay = 90, expiredAt = "", createdAt = "", unified = 0, uta = 1, userID = 1, inviterID = 0,
            vipLevel = "No VIP", mktMakerLevel = "0", affiliateID = 0, rsaPublicKey = "", isMaster = true, parentUid = "0", kycLevel = "LEVEL_DEFAULT", kycRegion = "",
        }));
        app.MapGet("/v5/asset/coin/query-info", (HttpContext c) => Handle(c, true, _ => new
        {
            rows = _venue.Markets.Values.SelectMany(m => new[] { m.Base, m.Quote }).Distinct().Order(StringComparer.Ordinal)
                .Select(coin => new { name = coin, coin, remainAmount = "9000000", chains = Array.Empty<object>() }).ToArray(),
        }));
        app.MapPost("/v5/order/create", (HttpContext c) => Handle(c, true, Create));
        app.MapPost("/v5/order/cancel", (HttpContext c) => Handle(c, true, p =>
        {
            Spot(p);
            var market = MarketOf(p);
            ExchangeOrder order;
            try { order = _venue.Cancel(market.Symbol, Which(p)); }
            catch (OrderNotFoundException) { throw new BybitError(170213, "Order does not exist."); }
            return new { orderId = order.Id, orderLinkId = order.ClientOrderId };
        }));
        app.MapGet("/v5/order/realtime", (HttpContext c) => Handle(c, true, p => Orders(p, history: false)));
        app.MapGet("/v5/order/history", (HttpContext c) => Handle(c, true, p => Orders(p, history: true)));
        app.MapGet("/v5/execution/list", (HttpContext c) => Handle(c, true, p =>
        {
            Spot(p);
            string? symbol = p.Optional("symbol") is null ? null : MarketOf(p).Symbol;
            int limit = (int)(p.OptionalLong("limit") ?? 50);
            if (limit is < 1 or > 100) throw BybitError.Params("Invalid limit: 1..100.");
            // Bybit serves at most seven days per query: from startTime, or the seven days up to endTime or now.
            const long week = 7 * 86_400_000L;
            long? startParam = p.OptionalLong("startTime"), endParam = p.OptionalLong("endTime");
            long end = endParam ?? (startParam is { } s0 ? s0 + week : _venue.NowMs);
            long start = startParam ?? end - week;
            var orders = _venue.AllOrders().ToDictionary(o => o.Id);
            var wantedOrder = p.Optional("orderId");
            var markets = symbol is null ? _venue.Markets.Values.ToList() : [_venue.Markets[symbol]];
            var matching = markets.SelectMany(m => _venue.Trades(m.Symbol, start, null, wantedOrder, int.MaxValue).Select(t => (Market: m, Trade: t)))
                .Where(x => x.Trade.TimestampMs <= end)
                .OrderByDescending(x => x.Trade.TimestampMs).ThenByDescending(x => long.Parse(x.Trade.Id, CultureInfo.InvariantCulture));
            var (page, next) = BybitCursor.Page(matching, p, limit);
            var list = page.Select(x => BybitJson.Execution(x.Trade, orders[x.Trade.OrderId], x.Market, _options.Setup.Settings.FeeRate)).ToArray();
            return new { category = "spot", list, nextPageCursor = next };
        }));
    }

    private object Create(ApiParams p)
    {
        Spot(p);
        var market = MarketOf(p);
        var side = p.Required("side") switch { "Buy" => OrderSide.Buy, "Sell" => OrderSide.Sell, _ => throw new BybitError(170117, "Invalid side.") };
        var type = p.Required("orderType") switch { "Market" => OrderType.Market, "Limit" => OrderType.Limit, _ => throw new BybitError(170116, "Invalid orderType.") };
        decimal qty = p.RequiredDecimal("qty");
        var filter = p.Optional("orderFilter") ?? "Order";
        if (filter is not ("Order" or "StopOrder")) throw BybitError.Params($"orderFilter '{filter}' is not supported by the simulator; use Order or StopOrder.");
        decimal? trigger = filter == "StopOrder" ? p.RequiredDecimal("triggerPrice") : null;
        if (filter == "StopOrder" && type != OrderType.Limit) throw BybitError.Params("The simulator holds conditional orders as limit orders only: send orderType Limit with a price.");
        decimal? price = null;
        if (type == OrderType.Limit)
        {
            price = p.RequiredDecimal("price");
            var tif = p.Optional("timeInForce") ?? "GTC";
            if (tif is not ("GTC" or "PostOnly")) throw BybitError.Params($"timeInForce '{tif}' is not supported by the simulator; use GTC or PostOnly.");
            if (tif == "PostOnly" && trigger is not null) throw BybitError.Params("The simulator holds conditional orders as GTC limit orders only, not PostOnly.");
            if (tif == "PostOnly") type = OrderType.LimitMaker;
        }
        decimal last = _venue.Ticker(market.Symbol).Last;
        if (type == OrderType.Market)
        {
            // A spot market buy counts its qty in the quote coin unless marketUnit says baseCoin; a sell in the base coin.
            var unit = p.Optional("marketUnit") ?? (side == OrderSide.Buy ? "quoteCoin" : "baseCoin");
            if (unit is not ("baseCoin" or "quoteCoin")) throw BybitError.Params($"marketUnit '{unit}' must be baseCoin or quoteCoin.");
            if (unit == "quoteCoin")
            {
                if (qty < market.MinNotional) throw new BybitError(170140, $"Order value exceeded lower limit: minOrderAmt is {BybitJson.D(market.MinNotional)}.");
                decimal slipped = last * (1 + _options.Setup.Settings.Slippage);
                qty = Math.Floor(qty / slipped / market.StepSize) * market.StepSize;
            }
        }
        if (qty % market.StepSize != 0) throw new BybitError(170137, "Order quantity has too many decimals.");
        if (qty < market.MinAmount) throw new BybitError(170136, "Order quantity lower than the minimum.");
        if (price is { } px && px % market.TickSize != 0) throw new BybitError(170134, "Order price has too many decimals.");
        if (trigger is { } tp && (tp <= 0 || tp % market.TickSize != 0)) throw new BybitError(170134, "Trigger price has too many decimals.");
        if (qty * (price ?? last) < market.MinNotional) throw new BybitError(170140, $"Order value exceeded lower limit: minOrderAmt is {BybitJson.D(market.MinNotional)}.");
        var linkId = p.Optional("orderLinkId");
        if (linkId is { Length: > 36 }) throw BybitError.Params("orderLinkId is longer than 36 characters.");
        ExchangeOrder order;
        try
        {
            // Bybit accepts a PostOnly order that would take and cancels it at once (rejectReason EC_PostOnlyWillTakeLiquidity).
            order = _venue.Place(market.Symbol, trigger is null ? type : OrderType.StopLossLimit, side, qty, price, linkId, trigger, PostOnlyCrossing.Cancel);
            if (order is { Type: OrderType.LimitMaker, Status: OrderStatus.Canceled }) _postOnlyTaking[order.Id] = true;
        }
        catch (OrderWouldTriggerException)
        {
            // Bybit spot reads a conditional order's direction from the last price; the simulator's matching core holds
            // stops that wait for the price to come to them only, so it refuses one the price has already passed.
            throw BybitError.Params($"triggerPrice {BybitJson.D(trigger!.Value)} has already been crossed by the last price {BybitJson.D(last)}; the simulator holds stop orders only.");
        }
        return new { orderId = order.Id, orderLinkId = order.ClientOrderId };
    }

    private object Orders(ApiParams p, bool history)
    {
        Spot(p);
        string? symbol = p.Optional("symbol") is null ? null : MarketOf(p).Symbol;
        int limit = (int)(p.OptionalLong("limit") ?? 20);
        if (limit is < 1 or > 50) throw BybitError.Params("Invalid limit: 1..50.");
        string? id = p.Optional("orderId"), link = p.Optional("orderLinkId");
        var filter = p.Optional("orderFilter");
        var all = _venue.AllOrders().Where(o => symbol is null || o.Symbol == symbol);
        IEnumerable<ExchangeOrder> chosen = id is not null || link is not null
            // Named orders are found whatever their state (the realtime endpoint keeps recent closed orders, too).
            ? all.Where(o => (id is null || o.Id == id) && (link is null || o.ClientOrderId == link))
            : all.Where(o => history ? o.Status != OrderStatus.Open : o.Status == OrderStatus.Open);
        if (filter == "StopOrder") chosen = chosen.Where(o => o.StopPrice is not null);
        else if (filter == "Order") chosen = chosen.Where(o => o.StopPrice is null);
        var (page, next) = BybitCursor.Page(chosen.OrderByDescending(o => o.TimestampMs).ThenByDescending(o => long.Parse(o.Id, CultureInfo.InvariantCulture)), p, limit);
        var list = page.Select(o => BybitJson.Order(o, _venue.Markets[o.Symbol], _venue.Trades(o.Symbol, null, null, o.Id, int.MaxValue).Sum(t => t.Fee), _postOnlyTaking.ContainsKey(o.Id))).ToArray();
        return new { category = "spot", list, nextPageCursor = next };
    }

    private static void Spot(ApiParams p)
    {
        var category = p.Required("category");
        if (category != "spot") throw BybitError.Params($"category '{category}' is not served: the simulator is a spot venue (category=spot).");
    }

    private Market MarketOf(ApiParams p)
    {
        var id = p.Required("symbol");
        return _venue.Markets.Values.FirstOrDefault(m => m.Id == id) ?? throw new BybitError(10001, "Not supported symbols");
    }

    private static OrderRef Which(ApiParams p) =>
        p.Optional("orderId") is { } id ? OrderRef.ById(id)
        : p.Optional("orderLinkId") is { } link ? OrderRef.ByClientId(link)
        : throw BybitError.Params("orderId or orderLinkId is required");

    private static string Ms(long value) => BybitJson.Ms(value);

    private async Task Handle(HttpContext context, bool signed, Func<ApiParams, object> action)
    {
        object body;
        try
        {
            var raw = context.Request.ContentLength > 0 || context.Request.Method == "POST"
                ? await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted)
                : "";
            var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "";
            var values = new Dictionary<string, StringValues>(QueryHelpers.ParseQuery(query), StringComparer.Ordinal);
            if (context.Request.Method == "POST") foreach (var (k, v) in JsonFields(raw)) values[k] = v;
            var p = new ApiParams(values);
            if (signed) Authenticate(context, context.Request.Method == "POST" ? raw : query);
            body = Envelope(0, "OK", action(p));
        }
        catch (BybitError e) { body = Envelope(e.Code, e.Message, new { }); }
        catch (ParameterException e) { body = Envelope(10001, e.Missing ? $"params error: {e.Name} is required" : $"params error: {e.Name} is invalid", new { }); }
        catch (BadSymbolException) { body = Envelope(10001, "Not supported symbols", new { }); }
        catch (DuplicateOrderIdException) { body = Envelope(170141, "Duplicate clientOrderId.", new { }); }
        catch (OrderNotFoundException) { body = Envelope(170213, "Order does not exist.", new { }); }
        catch (InsufficientFundsException) { body = Envelope(170131, "Insufficient balance.", new { }); }
        catch (InvalidOrderException e) { body = Envelope(170130, e.Message, new { }); }
        await context.Response.WriteAsJsonAsync(body, Json, context.RequestAborted);
    }

    // A POST body is one JSON object; Bybit accepts strings and numbers alike for its fields.
    private static IEnumerable<(string, StringValues)> JsonFields(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return [];
        JsonDocument doc;
        try { doc = JsonDocument.Parse(raw); }
        catch (JsonException) { throw BybitError.Params("The request body is not JSON."); }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw BybitError.Params("The request body must be a JSON object.");
            return doc.RootElement.EnumerateObject().Select(f => (f.Name, new StringValues(f.Value.ValueKind switch
            {
                JsonValueKind.String => f.Value.GetString(),
                JsonValueKind.Null => null,
                _ => f.Value.GetRawText(),
            }))).ToList();
        }
    }

    private void Authenticate(HttpContext context, string payload)
    {
        var headers = context.Request.Headers;
        string key = headers["X-BAPI-API-KEY"].ToString();
        if (key.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(_options.ApiKey)))
            throw new BybitError(10003, "API key is invalid.");
        if (!long.TryParse(headers["X-BAPI-TIMESTAMP"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out long timestamp))
            throw BybitError.Params("params error: X-BAPI-TIMESTAMP is required");
        string recvText = headers["X-BAPI-RECV-WINDOW"].ToString();
        long recvWindow = 5000;
        if (recvText.Length > 0 && !long.TryParse(recvText, NumberStyles.None, CultureInfo.InvariantCulture, out recvWindow))
            throw BybitError.Params("params error: X-BAPI-RECV-WINDOW is invalid");

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_options.ApiSecret),
            Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + key + recvText + payload)));
        var sign = headers["X-BAPI-SIGN"].ToString().ToLowerInvariant();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(sign)))
            throw new BybitError(10004, "Error sign, please check your signature generation algorithm.");

        // server_time - recv_window <= timestamp < server_time + 1000 (in real ms; see SimOptions.SimulatedMs)
        long server = _venue.NowMs;
        if (timestamp < server - _options.SimulatedMs(recvWindow) || timestamp >= server + _options.SimulatedMs(1000))
            throw new BybitError(10002, $"invalid request, please check your server timestamp or recv_window param. req_timestamp[{timestamp}],server_timestamp[{server}],recv_window[{recvWindow}]");
    }
}
