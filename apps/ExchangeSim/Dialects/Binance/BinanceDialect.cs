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

namespace Trader.ExchangeSim.Dialects.Binance;

/// <summary>
/// Binance spot REST API v3 under <c>/api/v3/</c>: its paths and parameters, HMAC-SHA256 query signatures with
/// timestamp and recvWindow, error codes, the X-MBX-USED-WEIGHT-1M header and REQUEST_WEIGHT limit. OCO order lists
/// through the current <c>/api/v3/orderList/oco</c> (a LIMIT_MAKER leg and a STOP_LOSS_LIMIT leg; the other leg types
/// Binance allows are refused as invalid types), <c>/api/v3/orderList</c> and <c>/api/v3/openOrderList</c>.
/// </summary>
public sealed class BinanceDialect(DialectContext context) : IDialect
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };

    private readonly DialectContext _context = context;
    private readonly Venue _venue = context.Venue;

    /// <inheritdoc />
    public string Name => "binance";

    /// <inheritdoc />
    public string ApiPrefix => "/api/";

    /// <inheritdoc />
    public int Cost(string method, string path) => Weights.GetValueOrDefault((method, path), 1);

    /// <inheritdoc />
    public void WriteUsage(HttpResponse response, int used, int limit, long windowEndMs) =>
        response.Headers["X-MBX-USED-WEIGHT-1M"] = used.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public async Task WriteOverLimitAsync(HttpContext context, TimeSpan retryAfter, long windowEndMs)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await Error(context, new BinanceError(429, -1003, $"Too much request weight used; current limit is {_context.Budget.Limit} request weight per {WindowText()}. Please use WebSocket Streams for live updates to avoid polling the API."));
    }

    /// <inheritdoc />
    public async Task WriteFaultAsync(HttpContext context, Fault fault, int retryAfterSeconds)
    {
        if (fault == Fault.TooManyRequests)
        {
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await Error(context, new BinanceError(429, -1003, "Too many requests; injected by the simulator."));
            return;
        }
        await Error(context, new BinanceError(503, -1001, "Internal error; unable to process your request. Please try again."));
    }

    /// <inheritdoc />
    public string StatusName(ExchangeOrder order) => BinanceJson.Status(order);

    public string OrderId(ExchangeOrder order) => order.Id;

    private string WindowText() => _context.Options.WeightWindow == TimeSpan.FromMinutes(1) ? "1 MINUTE" : $"{_context.Options.WeightWindow.TotalMilliseconds} MILLISECONDS";

    private static async Task Error(HttpContext context, BinanceError error)
    {
        // Headers already set (Retry-After, the weight header) stay; a buffered body was never sent.
        context.Response.StatusCode = error.Status;
        await context.Response.WriteAsJsonAsync(new { code = error.Code, msg = error.Message }, Json, context.RequestAborted);
    }

    // Request weights as Binance documents them for the spot REST API.
    private static readonly Dictionary<(string Method, string Path), int> Weights = new()
    {
        [("GET", "/api/v3/ping")] = 1,
        [("GET", "/api/v3/time")] = 1,
        [("GET", "/api/v3/exchangeInfo")] = 20,
        [("GET", "/api/v3/klines")] = 2,
        [("GET", "/api/v3/ticker/price")] = 2,
        [("GET", "/api/v3/ticker/24hr")] = 2,
        [("GET", "/api/v3/account")] = 20,
        [("POST", "/api/v3/order")] = 1,
        [("GET", "/api/v3/order")] = 4,
        [("DELETE", "/api/v3/order")] = 1,
        [("GET", "/api/v3/openOrders")] = 6,
        [("GET", "/api/v3/myTrades")] = 20,
        [("POST", "/api/v3/orderList/oco")] = 1,
        [("GET", "/api/v3/orderList")] = 4,
        [("DELETE", "/api/v3/orderList")] = 1,
        [("GET", "/api/v3/openOrderList")] = 6,
    };

    public void Map(WebApplication app)
    {
        app.MapGet("/api/v3/ping", () => Results.Json(new { }, Json));
        app.MapGet("/api/v3/time", () => Results.Json(new { serverTime = _venue.NowMs }, Json));
        app.MapGet("/api/v3/exchangeInfo", (HttpContext c) => Handle(c, false, p =>
        {
            var wanted = p.Optional("symbol");
            var markets = _venue.Markets.Values.Where(m => wanted is null || m.Id == wanted).ToList();
            if (wanted is not null && markets.Count == 0) throw new BinanceError(400, -1121, "Invalid symbol.");
            return new
            {
                timezone = "UTC",
                serverTime = _venue.NowMs,
                rateLimits = new object[]
                {
                    new { rateLimitType = "REQUEST_WEIGHT", interval = "MINUTE", intervalNum = 1, limit = _context.Budget.Limit },
                    new { rateLimitType = "ORDERS", interval = "SECOND", intervalNum = 10, limit = 100 },
                    new { rateLimitType = "ORDERS", interval = "DAY", intervalNum = 1, limit = 200000 },
                },
                exchangeFilters = Array.Empty<object>(),
                symbols = markets.Select(BinanceJson.Symbol).ToArray(),
            };
        }));
        app.MapGet("/api/v3/klines", (HttpContext c) => Handle(c, false, p =>
        {
            var market = Venue(p);
            var intervalText = p.Required("interval");
            if (!Timeframe.TryParse(intervalText, out var tf)) throw new BinanceError(400, -1120, "Invalid interval.");
            int limit = (int)(p.OptionalLong("limit") ?? 500);
            if (limit is < 1 or > 1000) throw new BinanceError(400, -1130, "Invalid data sent for a parameter.");
            IReadOnlyList<Candle> candles;
            try { candles = _venue.Candles(market.Symbol, tf, p.OptionalLong("startTime"), p.OptionalLong("endTime"), limit); }
            catch (ExchangeException) { throw new BinanceError(400, -1120, "Invalid interval."); }
            return new KlinePage([.. candles.Select(_context.Faults.Kline)], tf);
        }));
        app.MapGet("/api/v3/ticker/price", (HttpContext c) => Handle(c, false, p =>
        {
            var market = Venue(p);
            return new { symbol = market.Id, price = BinanceJson.D(_venue.Ticker(market.Symbol).Last) };
        }));
        app.MapGet("/api/v3/ticker/24hr", (HttpContext c) => Handle(c, false, p =>
        {
            var market = Venue(p);
            return BinanceJson.Ticker24h(_venue.Ticker(market.Symbol), market, _venue.NowMs);
        }));
        app.MapGet("/api/v3/account", (HttpContext c) => Handle(c, true, _ =>
        {
            var balance = _venue.Balance();
            string fee = BinanceJson.D(_context.Options.Setup.Settings.FeeRate);
            int bps = (int)(_context.Options.Setup.Settings.FeeRate * 10_000);
            return new
            {
                makerCommission = bps,
                takerCommission = bps,
                buyerCommission = 0,
                sellerCommission = 0,
                commissionRates = new { maker = fee, taker = fee, buyer = BinanceJson.D(0m), seller = BinanceJson.D(0m) },
                canTrade = true,
                canWithdraw = true,
                canDeposit = true,
                brokered = false,
                requireSelfTradePrevention = false,
                preventSor = false,
                updateTime = balance.TimestampMs,
                accountType = "SPOT",
                balances = balance.Assets.OrderBy(a => a.Key, StringComparer.Ordinal)
                    .Select(a => new { asset = a.Key, free = BinanceJson.D(a.Value.Free), locked = BinanceJson.D(a.Value.Used) }).ToArray(),
                permissions = new[] { "SPOT" },
                uid = 1,
            };
        }));
        app.MapPost("/api/v3/order", (HttpContext c) => Handle(c, true, p =>
        {
            var market = Venue(p);
            var side = p.Required("side") switch { "BUY" => OrderSide.Buy, "SELL" => OrderSide.Sell, _ => throw new BinanceError(400, -1117, "Invalid side.") };
            var type = p.Required("type") switch
            {
                "LIMIT" => OrderType.Limit,
                "LIMIT_MAKER" => OrderType.LimitMaker,
                "MARKET" => OrderType.Market,
                "STOP_LOSS_LIMIT" => OrderType.StopLossLimit,
                _ => throw new BinanceError(400, -1116, "Invalid orderType."),
            };
            decimal quantity = p.RequiredDecimal("quantity");
            decimal? price = null;
            decimal? stopPrice = type == OrderType.StopLossLimit ? p.RequiredDecimal("stopPrice") : null;
            if (type == OrderType.LimitMaker)
            {
                // A LIMIT_MAKER order is good till canceled by definition; Binance takes no timeInForce with it.
                if (p.Optional("timeInForce") is not null) throw new BinanceError(400, -1106, "Parameter 'timeInForce' sent when not required.");
                price = p.RequiredDecimal("price");
            }
            else if (type != OrderType.Market)
            {
                if (p.Optional("timeInForce") is not { } tif) throw BinanceError.Mandatory("timeInForce");
                if (tif != "GTC") throw new BinanceError(400, -1115, "Invalid timeInForce.");
                price = p.RequiredDecimal("price");
            }
            else if (p.Optional("price") is not null)
            {
                throw new BinanceError(400, -1106, "Parameter 'price' sent when not required.");
            }
            var order = _venue.Place(market.Symbol, type, side, quantity, price, p.Optional("newClientOrderId"), stopPrice);
            return p.Optional("newOrderRespType") == "ACK"
                ? new { symbol = market.Id, orderId = long.Parse(order.Id, CultureInfo.InvariantCulture), orderListId = -1, clientOrderId = order.ClientOrderId, transactTime = order.TimestampMs }
                : BinanceJson.NewOrderFull(order, market.Id, _venue.Trades(market.Symbol, null, null, order.Id, 1000));
        }));
        app.MapGet("/api/v3/order", (HttpContext c) => Handle(c, true, p =>
        {
            var market = Venue(p);
            return BinanceJson.Order(_venue.Order(market.Symbol, Which(p)), market.Id);
        }));
        app.MapDelete("/api/v3/order", (HttpContext c) => Handle(c, true, p =>
        {
            var market = Venue(p);
            ExchangeOrder order;
            try { order = _venue.Cancel(market.Symbol, Which(p)); }
            catch (OrderNotFoundException) { throw new BinanceError(400, -2011, "Unknown order sent."); }
            var cancelId = p.Optional("newClientOrderId") ?? "cancel-" + order.Id;
            return BinanceJson.Canceled(order, market.Id, cancelId, _venue.NowMs);
        }));
        app.MapGet("/api/v3/openOrders", (HttpContext c) => Handle(c, true, p =>
        {
            var symbolId = p.Optional("symbol");
            var symbol = symbolId is null ? null : Venue(p).Symbol;
            return _venue.OpenOrders(symbol).Select(o => BinanceJson.Order(o, _venue.Markets[o.Symbol].Id)).ToArray();
        }));
        app.MapGet("/api/v3/myTrades", (HttpContext c) => Handle(c, true, p =>
        {
            var market = Venue(p);
            int limit = (int)(p.OptionalLong("limit") ?? 500);
            if (limit is < 1 or > 1000) throw new BinanceError(400, -1130, "Invalid data sent for a parameter.");
            var orderId = p.OptionalLong("orderId")?.ToString(CultureInfo.InvariantCulture);
            var lists = _venue.AllOrders().Where(o => o.OrderListId is not null).ToDictionary(o => o.Id, BinanceJson.ListId);
            return _venue.Trades(market.Symbol, p.OptionalLong("startTime"), p.OptionalLong("fromId"), orderId, limit)
                .Select(t => BinanceJson.Trade(t, market.Id, lists.GetValueOrDefault(t.OrderId, -1))).ToArray();
        }));
        app.MapPost("/api/v3/orderList/oco", (HttpContext c) => Handle(c, true, p =>
        {
            var market = Venue(p);
            var oco = Oco(p, market);
            var list = _venue.PlaceOco(oco);
            return BinanceJson.OrderList(list, market.Id, list.Orders.Select(o => BinanceJson.NewOrderFull(o, market.Id, [])));
        }));
        app.MapGet("/api/v3/orderList", (HttpContext c) => Handle(c, true, p =>
        {
            OrderList list;
            try { list = _venue.OrderList(WhichList(p, "origClientOrderId")); }
            catch (OrderNotFoundException) { throw new BinanceError(400, -2013, "Order list does not exist."); }
            return BinanceJson.OrderList(list, _venue.Markets[list.Symbol].Id);
        }));
        app.MapDelete("/api/v3/orderList", (HttpContext c) => Handle(c, true, p =>
        {
            var market = Venue(p);
            OrderList list;
            try { list = _venue.CancelList(market.Symbol, WhichList(p, "listClientOrderId")); }
            catch (OrderNotFoundException) { throw new BinanceError(400, -2011, "Order list does not exist."); }
            return BinanceJson.OrderList(list, market.Id, list.Orders.Select(o => BinanceJson.Canceled(o, market.Id, o.ClientOrderId, _venue.NowMs)));
        }));
        app.MapGet("/api/v3/openOrderList", (HttpContext c) => Handle(c, true, _ =>
            _venue.OpenOrderLists().Select(l => BinanceJson.OrderList(l, _venue.Markets[l.Symbol].Id)).ToArray()));
    }

    // POST /api/v3/orderList/oco: a sell has its LIMIT_MAKER leg above and its STOP_LOSS_LIMIT leg below, a buy the reverse.
    private OcoOrder Oco(ApiParams p, Market market)
    {
        var side = p.Required("side") switch { "BUY" => OrderSide.Buy, "SELL" => OrderSide.Sell, _ => throw new BinanceError(400, -1117, "Invalid side.") };
        decimal quantity = p.RequiredDecimal("quantity");
        var (limitLeg, stopLeg) = side == OrderSide.Sell ? ("above", "below") : ("below", "above");
        if (p.Required(limitLeg + "Type") != "LIMIT_MAKER" || p.Required(stopLeg + "Type") != "STOP_LOSS_LIMIT")
            throw new BinanceError(400, -1116, "Invalid orderType.");
        if (p.Optional(limitLeg + "TimeInForce") is not null) throw new BinanceError(400, -1106, $"Parameter '{limitLeg}TimeInForce' sent when not required.");
        if (p.Optional(stopLeg + "TimeInForce") is not { } tif) throw BinanceError.Mandatory(stopLeg + "TimeInForce");
        if (tif != "GTC") throw new BinanceError(400, -1115, "Invalid timeInForce.");
        return new OcoOrder(market.Symbol, side, quantity,
            p.RequiredDecimal(limitLeg + "Price"), p.RequiredDecimal(stopLeg + "StopPrice"), p.RequiredDecimal(stopLeg + "Price"),
            p.Optional("listClientOrderId") ?? _venue.NextClientOrderId(),
            p.Optional(limitLeg + "ClientOrderId") ?? _venue.NextClientOrderId(),
            p.Optional(stopLeg + "ClientOrderId") ?? _venue.NextClientOrderId());
    }

    private static OrderRef WhichList(ApiParams p, string clientIdName) =>
        p.OptionalLong("orderListId") is { } id ? OrderRef.ById(id.ToString(CultureInfo.InvariantCulture))
        : p.Optional(clientIdName) is { } cid ? OrderRef.ByClientId(cid)
        : throw new BinanceError(400, -1102, $"Param '{clientIdName}' or 'orderListId' must be sent, but both were empty/null!");

    private Market Venue(ApiParams p)
    {
        var id = p.Required("symbol");
        return _venue.Markets.Values.FirstOrDefault(m => m.Id == id) ?? throw new BinanceError(400, -1121, "Invalid symbol.");
    }

    private static OrderRef Which(ApiParams p) =>
        p.OptionalLong("orderId") is { } id ? OrderRef.ById(id.ToString(CultureInfo.InvariantCulture))
        : p.Optional("origClientOrderId") is { } cid ? OrderRef.ByClientId(cid)
        : throw new BinanceError(400, -1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");

    private async Task Handle(HttpContext context, bool signed, Func<ApiParams, object> action) =>
        await (await Answer(context, signed, action)).ExecuteAsync(context);

    private async Task<IResult> Answer(HttpContext context, bool signed, Func<ApiParams, object> action)
    {
        try
        {
            var body = context.Request.HasFormContentType || context.Request.ContentLength > 0
                ? await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted)
                : "";
            var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "";
            var values = new Dictionary<string, StringValues>(QueryHelpers.ParseQuery(query), StringComparer.Ordinal);
            foreach (var (k, v) in QueryHelpers.ParseQuery(body)) values[k] = v;
            var p = new ApiParams(values);
            if (signed) Authenticate(context, p, query, body);
            return Results.Json(action(p), Json);
        }
        catch (ParameterException e)
        {
            var error = e.Missing ? BinanceError.Mandatory(e.Name) : BinanceError.Illegal(e.Name);
            return Results.Json(new { code = error.Code, msg = error.Message }, Json, statusCode: error.Status);
        }
        catch (BinanceError e)
        {
            return Results.Json(new { code = e.Code, msg = e.Message }, Json, statusCode: e.Status);
        }
        catch (BadSymbolException)
        {
            return Results.Json(new { code = -1121, msg = "Invalid symbol." }, Json, statusCode: 400);
        }
        catch (DuplicateOrderIdException)
        {
            return Results.Json(new { code = -2010, msg = "Duplicate order sent." }, Json, statusCode: 400);
        }
        catch (OrderNotFoundException)
        {
            return Results.Json(new { code = -2013, msg = "Order does not exist." }, Json, statusCode: 400);
        }
        catch (InsufficientFundsException)
        {
            return Results.Json(new { code = -2010, msg = "Account has insufficient balance for requested action." }, Json, statusCode: 400);
        }
        catch (OrderImmediatelyFillableException e)
        {
            return Results.Json(new { code = -2010, msg = e.Message }, Json, statusCode: 400);
        }
        catch (OrderPriceRelationshipException e)
        {
            return Results.Json(new { code = -2010, msg = e.Message }, Json, statusCode: 400);
        }
        catch (OrderWouldTriggerException e)
        {
            return Results.Json(new { code = -2010, msg = e.Message }, Json, statusCode: 400);
        }
        catch (InvalidOrderException e)
        {
            return Results.Json(new { code = -1013, msg = e.Message }, Json, statusCode: 400);
        }
    }

    private void Authenticate(HttpContext context, ApiParams p, string query, string body)
    {
        var key = context.Request.Headers["X-MBX-APIKEY"].ToString();
        if (key.Length == 0) throw new BinanceError(401, -2014, "API-key format invalid.");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(_context.Options.ApiKey)))
            throw new BinanceError(401, -2015, "Invalid API-key, IP, or permissions for action.");

        // Binance signs the query string followed directly by the body, each exactly as sent, minus the signature itself.
        var signature = p.Optional("signature") ?? throw new BinanceError(400, -1022, "Signature for this request is not valid.");
        var payload = WithoutSignature(query) + WithoutSignature(body);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_context.Options.ApiSecret), Encoding.UTF8.GetBytes(payload)));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant())))
            throw new BinanceError(400, -1022, "Signature for this request is not valid.");

        long timestamp = p.OptionalLong("timestamp") ?? throw BinanceError.Mandatory("timestamp");
        long recvWindow = p.OptionalLong("recvWindow") ?? 5000;
        if (recvWindow is <= 0 or > 60_000) throw new BinanceError(400, -1131, "recvWindow must be less than 60000");
        long server = _venue.NowMs;
        if (timestamp >= server + _context.Options.SimulatedMs(1000)) throw new BinanceError(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
        if (server - timestamp > _context.Options.SimulatedMs(recvWindow)) throw new BinanceError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
    }

    private static string WithoutSignature(string parameters) =>
        string.Join('&', parameters.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(kv => !kv.StartsWith("signature=", StringComparison.Ordinal)));
}
