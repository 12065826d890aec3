using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Trader.Domain;
using Trader.Simulator;

namespace Trader.ExchangeSim;

/// <summary>
/// The HTTP face of the simulator: Binance spot REST v3 paths under <c>/api/v3/</c> on 127.0.0.1, with Binance's
/// signature and timestamp checks, error codes, weight header and limit, plus <c>/admin/</c> endpoints for tests
/// (fault injection, statistics, the order book). Admin paths are free of faults and weight.
/// </summary>
public sealed class SimServer
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };

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
    };

    private static readonly HashSet<string> SignedPaths = ["/api/v3/account", "/api/v3/order", "/api/v3/openOrders", "/api/v3/myTrades"];

    private readonly SimOptions _options;
    private readonly Venue _venue;
    private readonly WeightMeter _weights;
    private readonly FaultInjector _faults;
    private readonly TimeProvider _real;
    private long _requests;

    public SimServer(SimOptions options, Venue venue, TimeProvider real)
    {
        _options = options;
        _venue = venue;
        _real = real;
        _weights = new WeightMeter(options.WeightLimit, options.WeightWindow, real);
        _faults = new FaultInjector(options.Faults);
    }

    public WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, _options.Port));
        var app = builder.Build();
        app.Use(Pipeline);
        MapApi(app);
        MapAdmin(app);
        return app;
    }

    private async Task Pipeline(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        Interlocked.Increment(ref _requests);
        var faults = _faults.Settings;
        if (faults.LatencyMs > 0) await Task.Delay(TimeSpan.FromMilliseconds(faults.LatencyMs), _real, context.RequestAborted);

        int weight = Weights.GetValueOrDefault((context.Request.Method, path), 1);
        var (used, retryAfter) = _weights.Charge(weight);
        context.Response.Headers["X-MBX-USED-WEIGHT-1M"] = used.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Error(context, new ApiError(429, -1003, $"Too much request weight used; current limit is {_weights.Limit} request weight per {WindowText()}. Please use WebSocket Streams for live updates to avoid polling the API."));
            return;
        }

        var fault = _faults.Draw();
        switch (fault)
        {
            case Fault.TooManyRequests:
                context.Response.Headers.RetryAfter = faults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Error(context, new ApiError(429, -1003, "Too many requests; injected by the simulator."));
                return;
            case Fault.ServerErrorBefore:
                await Error(context, new ApiError(503, -1001, "Internal error; unable to process your request. Please try again."));
                return;
            case Fault.DropBefore:
                context.Abort();
                return;
        }

        // Buffer the answer so a fault injected after processing can still replace or drop it.
        var realBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = realBody;
        }
        if (fault == Fault.DropAfter)
        {
            context.Abort();
            return;
        }
        if (fault == Fault.ServerErrorAfter)
        {
            await Error(context, new ApiError(503, -1001, "Internal error; unable to process your request. Please try again."));
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(realBody, context.RequestAborted);
    }

    private string WindowText() => _options.WeightWindow == TimeSpan.FromMinutes(1) ? "1 MINUTE" : $"{_options.WeightWindow.TotalMilliseconds} MILLISECONDS";

    private static async Task Error(HttpContext context, ApiError error)
    {
        // Headers already set (Retry-After, the weight header) stay; a buffered body was never sent.
        context.Response.StatusCode = error.Status;
        await context.Response.WriteAsJsonAsync(new { code = error.Code, msg = error.Message }, Json, context.RequestAborted);
    }

    private void MapApi(WebApplication app)
    {
        app.MapGet("/api/v3/ping", () => Results.Json(new { }, Json));
        app.MapGet("/api/v3/time", () => Results.Json(new { serverTime = _venue.NowMs }, Json));
        app.MapGet("/api/v3/exchangeInfo", (HttpContext c) => Handle(c, false, p =>
        {
            var wanted = p.Optional("symbol");
            var markets = _venue.Markets.Values.Where(m => wanted is null || m.Id == wanted).ToList();
            if (wanted is not null && markets.Count == 0) throw new ApiError(400, -1121, "Invalid symbol.");
            return new
            {
                timezone = "UTC",
                serverTime = _venue.NowMs,
                rateLimits = new object[]
                {
                    new { rateLimitType = "REQUEST_WEIGHT", interval = "MINUTE", intervalNum = 1, limit = _weights.Limit },
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
            if (!Timeframe.TryParse(intervalText, out var tf)) throw new ApiError(400, -1120, "Invalid interval.");
            int limit = (int)(p.OptionalLong("limit") ?? 500);
            if (limit is < 1 or > 1000) throw new ApiError(400, -1130, "Invalid data sent for a parameter.");
            IReadOnlyList<Candle> candles;
            try { candles = _venue.Candles(market.Symbol, tf, p.OptionalLong("startTime"), p.OptionalLong("endTime"), limit); }
            catch (ExchangeException) { throw new ApiError(400, -1120, "Invalid interval."); }
            return new KlinePage([.. candles.Select(_faults.Kline)], tf);
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
            string fee = BinanceJson.D(_options.Setup.Settings.FeeRate);
            int bps = (int)(_options.Setup.Settings.FeeRate * 10_000);
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
            var side = p.Required("side") switch { "BUY" => OrderSide.Buy, "SELL" => OrderSide.Sell, _ => throw new ApiError(400, -1117, "Invalid side.") };
            var type = p.Required("type") switch
            {
                "LIMIT" => OrderType.Limit,
                "MARKET" => OrderType.Market,
                "STOP_LOSS_LIMIT" => OrderType.StopLossLimit,
                _ => throw new ApiError(400, -1116, "Invalid orderType."),
            };
            decimal quantity = p.RequiredDecimal("quantity");
            decimal? price = null;
            decimal? stopPrice = type == OrderType.StopLossLimit ? p.RequiredDecimal("stopPrice") : null;
            if (type != OrderType.Market)
            {
                if (p.Optional("timeInForce") is not { } tif) throw ApiError.Mandatory("timeInForce");
                if (tif != "GTC") throw new ApiError(400, -1115, "Invalid timeInForce.");
                price = p.RequiredDecimal("price");
            }
            else if (p.Optional("price") is not null)
            {
                throw new ApiError(400, -1106, "Parameter 'price' sent when not required.");
            }
            var order = _venue.Place(market.Symbol, type, side, quantity, price, p.Optional("newClientOrderId"), stopPrice);
            return p.Optional("newOrderRespType") == "ACK"
                ? new { symbol = market.Id, orderId = long.Parse(order.Id, System.Globalization.CultureInfo.InvariantCulture), orderListId = -1, clientOrderId = order.ClientOrderId, transactTime = order.TimestampMs }
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
            catch (OrderNotFoundException) { throw new ApiError(400, -2011, "Unknown order sent."); }
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
            if (limit is < 1 or > 1000) throw new ApiError(400, -1130, "Invalid data sent for a parameter.");
            var orderId = p.OptionalLong("orderId")?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return _venue.Trades(market.Symbol, p.OptionalLong("startTime"), p.OptionalLong("fromId"), orderId, limit)
                .Select(t => BinanceJson.Trade(t, market.Id)).ToArray();
        }));
    }

    private void MapAdmin(WebApplication app)
    {
        app.MapPost("/admin/faults", async (HttpContext c) =>
        {
            var settings = await c.Request.ReadFromJsonAsync<FaultSettings>(new JsonSerializerOptions(JsonSerializerDefaults.Web), c.RequestAborted);
            if (settings is null) return Results.BadRequest(new { error = "send a JSON body like {\"rate429\":0.1,\"rate5xx\":0.1,\"rateDrop\":0.1,\"latencyMs\":0}" });
            try { _faults.Update(settings); }
            catch (ArgumentOutOfRangeException e) { return Results.BadRequest(new { error = e.Message }); }
            return Results.Json(_faults.Settings);
        });
        app.MapGet("/admin/stats", () => Results.Json(new
        {
            requests = Interlocked.Read(ref _requests),
            weightLimit = _weights.Limit,
            maxUsedWeight = _weights.MaxUsed,
            rejectedByWeight = _weights.Rejected,
            injected429 = _faults.Injected429,
            injected5xx = _faults.Injected5xx,
            injectedDrops = _faults.InjectedDrops,
            injectedBadKlines = _faults.InjectedBadKlines,
        }));
        app.MapGet("/admin/orders", () => Results.Json(_venue.AllOrders().Select(o => new
        {
            orderId = o.Id,
            clientOrderId = o.ClientOrderId,
            symbol = o.Symbol,
            side = o.Side.ToString(),
            type = o.Type.ToString(),
            status = BinanceJson.Status(o),
            origQty = o.Amount,
        })));
    }

    private Market Venue(ApiParams p)
    {
        var id = p.Required("symbol");
        return _venue.Markets.Values.FirstOrDefault(m => m.Id == id) ?? throw new ApiError(400, -1121, "Invalid symbol.");
    }

    private static OrderRef Which(ApiParams p) =>
        p.OptionalLong("orderId") is { } id ? OrderRef.ById(id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : p.Optional("origClientOrderId") is { } cid ? OrderRef.ByClientId(cid)
        : throw new ApiError(400, -1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");

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
        catch (ApiError e)
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
        if (key.Length == 0) throw new ApiError(401, -2014, "API-key format invalid.");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(_options.ApiKey)))
            throw new ApiError(401, -2015, "Invalid API-key, IP, or permissions for action.");

        // Binance signs the query string followed directly by the body, each exactly as sent, minus the signature itself.
        var signature = p.Optional("signature") ?? throw new ApiError(400, -1022, "Signature for this request is not valid.");
        var payload = WithoutSignature(query) + WithoutSignature(body);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_options.ApiSecret), Encoding.UTF8.GetBytes(payload)));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant())))
            throw new ApiError(400, -1022, "Signature for this request is not valid.");

        long timestamp = p.OptionalLong("timestamp") ?? throw ApiError.Mandatory("timestamp");
        long recvWindow = p.OptionalLong("recvWindow") ?? 5000;
        if (recvWindow is <= 0 or > 60_000) throw new ApiError(400, -1131, "recvWindow must be less than 60000");
        long server = _venue.NowMs;
        if (timestamp >= server + 1000) throw new ApiError(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
        if (server - timestamp > recvWindow) throw new ApiError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
    }

    private static string WithoutSignature(string parameters) =>
        string.Join('&', parameters.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(kv => !kv.StartsWith("signature=", StringComparison.Ordinal)));
}
