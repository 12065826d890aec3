using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Trader.Domain;
using Trader.Simulator;

namespace Trader.ExchangeSim.Dialects.Coinbase;

/// <summary>
/// Coinbase Advanced Trade REST API v3 (spot) under <c>/api/v3/brokerage/</c>: public market data under
/// <c>market/</c> (and the same signed without it), private calls with a CDP key's ES256 JWT (<see cref="CoinbaseTokenVerifier"/>;
/// a bad, expired or misdirected token gets 401 "Unauthorized" as Coinbase answers), errors as an HTTP status with
/// <c>{"error","error_details","message"}</c>, an order Coinbase refuses as HTTP 200 with <c>"success": false</c> and an
/// <c>error_response</c>. Orders carry <c>client_order_id</c>, which stays unique: sending it again returns the order
/// already placed. Candles: start and end in Unix seconds, at most 350, newest first, no candle for a period without
/// trades. Fees are charged and reported in the quote currency, as Coinbase charges them. Also served, for ccxt's loadMarkets:
/// <c>transaction_summary</c> and the v2 currency and exchange-rate lists.
/// </summary>
public sealed class CoinbaseDialect : IDialect
{
    private const string Root = "/api/v3/brokerage/";
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };

    private readonly Venue _venue;
    private readonly SimOptions _options;
    private readonly FaultInjector _faults;
    private readonly CoinbaseTokenVerifier _tokens;

    public CoinbaseDialect(DialectContext context)
    {
        _venue = context.Venue;
        _options = context.Options;
        _faults = context.Faults;
        _tokens = new CoinbaseTokenVerifier(context.Options);
    }

    /// <inheritdoc />
    public string Name => "coinbase";

    /// <inheritdoc />
    public string ApiPrefix => "/api/v3/";

    /// <inheritdoc />
    public int Cost(string method, string path) => 1;

    /// <inheritdoc />
    public void WriteUsage(HttpResponse response, int used, int limit, long windowEndMs)
    {
        // Coinbase's REST answers carry no usage headers.
    }

    /// <inheritdoc />
    public Task WriteOverLimitAsync(HttpContext context, TimeSpan retryAfter, long windowEndMs) =>
        WriteError(context, new CoinbaseError(429, "RATE_LIMIT_EXCEEDED", "Too many requests"));

    /// <inheritdoc />
    public Task WriteFaultAsync(HttpContext context, Fault fault, int retryAfterSeconds)
    {
        if (fault == Fault.TooManyRequests)
        {
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return WriteError(context, new CoinbaseError(429, "RATE_LIMIT_EXCEEDED", "Too many requests; injected by the simulator."));
        }
        return WriteError(context, new CoinbaseError(503, "UNAVAILABLE", "Service unavailable."));
    }

    /// <inheritdoc />
    public string StatusName(ExchangeOrder order) => CoinbaseJson.Status(order);

    public string OrderId(ExchangeOrder order) => order.Id;

    private static Task WriteError(HttpContext context, CoinbaseError error)
    {
        context.Response.StatusCode = error.Status;
        return context.Response.WriteAsJsonAsync(new { error = error.Code, error_details = error.Message, message = error.Message }, Json, context.RequestAborted);
    }

    /// <inheritdoc />
    public void Map(WebApplication app)
    {
        app.MapGet(Root + "time", (HttpContext c) => Handle(c, false, _ => TimeOf(_venue.NowMs)));
        foreach (var (prefix, signed) in new[] { (Root + "market/", false), (Root, true) })
        {
            app.MapGet(prefix + "products", (HttpContext c) => Handle(c, signed, p =>
            {
                // Futures are not served: the simulator is a spot venue.
                bool spot = p.Optional("product_type") is null or "SPOT";
                var products = spot ? _venue.Markets.Values.Select(m => CoinbaseJson.Product(m, _venue.Ticker(m.Symbol))).ToArray() : [];
                return new { products, num_products = products.Length };
            }));
            app.MapGet(prefix + "products/{id}", (HttpContext c, string id) => Handle(c, signed, _ =>
            {
                var m = MarketOf(id);
                return CoinbaseJson.Product(m, _venue.Ticker(m.Symbol));
            }));
            app.MapGet(prefix + "products/{id}/candles", (HttpContext c, string id) => Handle(c, signed, p => Candles(MarketOf(id), p)));
            app.MapGet(prefix + "products/{id}/ticker", (HttpContext c, string id) => Handle(c, signed, _ =>
            {
                var m = MarketOf(id);
                var t = _venue.Ticker(m.Symbol);
                var trade = new
                {
                    trade_id = t.TimestampMs.ToString(CultureInfo.InvariantCulture), product_id = CoinbaseJson.ProductId(m), price = CoinbaseJson.D(t.Last), size = "0",
                    time = CoinbaseJson.Time(t.TimestampMs), side = "BUY", bid = "", ask = "", exchange = "coinbase",
                };
                return new { trades = new[] { trade }, best_bid = CoinbaseJson.D(t.Bid ?? t.Last), best_ask = CoinbaseJson.D(t.Ask ?? t.Last) };
            }));
        }
        app.MapGet(Root + "transaction_summary", (HttpContext c) => Handle(c, true, _ => new
        {
            total_volume = 0, total_fees = 0,
            fee_tier = new { pricing_tier = "Simulator", usd_from = "0", usd_to = "", taker_fee_rate = CoinbaseJson.D(_options.Setup.Settings.FeeRate), maker_fee_rate = CoinbaseJson.D(_options.Setup.Settings.FeeRate) },
            margin_rate = (object?)null, goods_and_services_tax = (object?)null, advanced_trade_only_volume = 0, advanced_trade_only_fees = 0, coinbase_pro_volume = 0, coinbase_pro_fees = 0,
        }));
        app.MapGet(Root + "accounts", (HttpContext c) => Handle(c, true, p =>
        {
            var all = _venue.Balance().Assets.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
            int limit = (int)(p.OptionalLong("limit") ?? 49);
            if (limit is < 1 or > 250) throw CoinbaseError.InvalidArgument("limit must be 1..250");
            int skip = Offset(p);
            var accounts = all.Skip(skip).Take(limit).Select(a => CoinbaseJson.Account(a.Key, a.Value, IsFiat(a.Key))).ToArray();
            bool more = skip + limit < all.Count;
            return new { accounts, has_next = more, cursor = more ? (skip + limit).ToString(CultureInfo.InvariantCulture) : "", size = accounts.Length };
        }));
        app.MapPost(Root + "orders", (HttpContext c) => Handle(c, true, (_, body) => Create(body)));
        app.MapPost(Root + "orders/batch_cancel", (HttpContext c) => Handle(c, true, (_, body) =>
        {
            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("order_ids", out var ids) || ids.ValueKind != JsonValueKind.Array)
                throw CoinbaseError.InvalidArgument("order_ids is required");
            var results = ids.EnumerateArray().Select(i => i.GetString() ?? "").Select(Cancel).ToArray();
            return new { results };
        }));
        app.MapGet(Root + "orders/historical/batch", (HttpContext c) => Handle(c, true, Orders));
        app.MapGet(Root + "orders/historical/fills", (HttpContext c) => Handle(c, true, Fills));
        app.MapGet(Root + "orders/historical/{id}", (HttpContext c, string id) => Handle(c, true, _ =>
        {
            var order = _venue.AllOrders().FirstOrDefault(o => o.Id == id) ?? throw new CoinbaseError(404, "NOT_FOUND", "order with this orderID was not found");
            return new { order = OrderJson(order) };
        }));

        // Coinbase's v2 lists that ccxt's loadMarkets reads (currencies, exchange rates), unsigned.
        app.MapGet("/v2/time", () => Results.Json(new { data = new { iso = CoinbaseJson.Time(_venue.NowMs), epoch = _venue.NowMs / 1000 } }, Json));
        app.MapGet("/v2/currencies", () => Results.Json(new
        {
            data = Assets().Where(IsFiat).Select(a => new { id = a, name = a, min_size = "0.01" }).ToArray(),
        }, Json));
        app.MapGet("/v2/currencies/crypto", () => Results.Json(new
        {
            data = Assets().Where(a => !IsFiat(a)).Select((a, i) => new { asset_id = a, code = a, name = a, color = "#000000", sort_index = i, exponent = 8, type = "crypto", address_regex = "" }).ToArray(),
        }, Json));
        app.MapGet("/v2/exchange-rates", () => Results.Json(new { data = new { currency = "USD", rates = Assets().ToDictionary(a => a, _ => "1") } }, Json));
    }

    private IEnumerable<string> Assets() => _venue.Markets.Values.SelectMany(m => new[] { m.Base, m.Quote }).Distinct().Order(StringComparer.Ordinal);

    private static bool IsFiat(string asset) => asset is "USD" or "EUR" or "GBP";

    private static object TimeOf(long ms) => new
    {
        iso = CoinbaseJson.Time(ms),
        epochSeconds = (ms / 1000).ToString(CultureInfo.InvariantCulture),
        epochMillis = ms.ToString(CultureInfo.InvariantCulture),
    };

    private object Candles(Market market, ApiParams p)
    {
        if (!CoinbaseGranularities.TryParse(p.Required("granularity"), out var tf)) throw CoinbaseError.InvalidArgument("granularity is invalid");
        long start = p.OptionalLong("start") ?? throw CoinbaseError.InvalidArgument("start is required");
        long end = p.OptionalLong("end") ?? throw CoinbaseError.InvalidArgument("end is required");
        if (end < start) throw CoinbaseError.InvalidArgument("end must not be before start");
        long count = (end - start) * 1000 / tf.DurationMs + 1;
        int limit = (int)(p.OptionalLong("limit") ?? 350);
        if (count > 350 || limit is < 1 or > 350)
            throw CoinbaseError.InvalidArgument("start and end argument is invalid - number of candles requested should be less than 350");
        long startMs = start * 1000, endMs = end * 1000;
        var candles = _venue.Candles(market.Symbol, tf, startMs, null, (int)count)
            // No candle for a period without trades, as Coinbase reports them.
            .Where(k => k.OpenTimeMs <= endMs && k.Volume > 0)
            .Select(_faults.Kline).Reverse().Take(limit) // newest first
            .Select(CoinbaseJson.Candle).ToArray();
        return new { candles };
    }

    private object Create(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) throw CoinbaseError.InvalidArgument("the body must be a JSON object");
        string clientId = Text(body, "client_order_id") ?? throw CoinbaseError.InvalidArgument("client_order_id is required");
        string productId = Text(body, "product_id") ?? throw CoinbaseError.InvalidArgument("product_id is required");
        body.TryGetProperty("order_configuration", out var configuration);
        object Refuse(string error, string message, string preview = "UNKNOWN_PREVIEW_FAILURE_REASON") => new
        {
            success = false, failure_reason = "UNKNOWN_FAILURE_REASON", order_id = "",
            error_response = new { error, message, error_details = message, preview_failure_reason = preview, new_order_failure_reason = error },
            order_configuration = configuration.ValueKind == JsonValueKind.Object ? (object)configuration : new { },
        };
        var market = _venue.Markets.Values.FirstOrDefault(m => CoinbaseJson.ProductId(m) == productId);
        if (market is null) return Refuse("INVALID_PRODUCT_ID", "ProductID is invalid");
        // client_order_id is unique: the same id again returns the order it placed, whatever its state.
        if (_venue.AllOrders().FirstOrDefault(o => o.ClientOrderId == clientId) is { } existing) return Placed(existing, market, configuration);
        var side = Text(body, "side") switch { "BUY" => OrderSide.Buy, "SELL" => OrderSide.Sell, _ => (OrderSide?)null };
        if (side is null) return Refuse("INVALID_SIDE", "side must be BUY or SELL");
        if (configuration.ValueKind != JsonValueKind.Object) return Refuse("UNSUPPORTED_ORDER_CONFIGURATION", "order_configuration is required");
        try
        {
            ExchangeOrder order;
            if (configuration.TryGetProperty("market_market_ioc", out var mkt))
            {
                decimal amount = Dec(mkt, "base_size") ?? BaseFromQuote(market, Dec(mkt, "quote_size") ?? throw CoinbaseError.InvalidArgument("base_size or quote_size is required"));
                order = _venue.Place(market.Symbol, OrderType.Market, side.Value, amount, null, clientId);
            }
            else if (configuration.TryGetProperty("limit_limit_gtc", out var lmt))
            {
                bool postOnly = lmt.TryGetProperty("post_only", out var flag) && flag.ValueKind == JsonValueKind.True;
                try
                {
                    order = _venue.Place(market.Symbol, postOnly ? OrderType.LimitMaker : OrderType.Limit, side.Value, Required(lmt, "base_size"), Required(lmt, "limit_price"), clientId);
                }
                catch (OrderImmediatelyFillableException)
                {
                    return Refuse("INVALID_LIMIT_PRICE_POST_ONLY", "post-only limit price would cross the book");
                }
            }
            else if (configuration.TryGetProperty("stop_limit_stop_limit_gtc", out var stp))
            {
                // The matching core holds stops that wait for the price to come to them: a sell stop below, a buy stop above.
                string wanted = side == OrderSide.Sell ? "STOP_DIRECTION_STOP_DOWN" : "STOP_DIRECTION_STOP_UP";
                if (Text(stp, "stop_direction") != wanted) return Refuse("UNSUPPORTED_ORDER_CONFIGURATION", $"the simulator holds {side} stops with stop_direction {wanted} only");
                decimal stop = Required(stp, "stop_price");
                try
                {
                    order = _venue.Place(market.Symbol, OrderType.StopLossLimit, side.Value, Required(stp, "base_size"), Required(stp, "limit_price"), clientId, stop);
                }
                catch (OrderWouldTriggerException)
                {
                    return Refuse("UNKNOWN_FAILURE_REASON", "stop price is already crossed by the last trade price",
                        side == OrderSide.Sell ? "PREVIEW_STOP_PRICE_ABOVE_LAST_TRADE_PRICE" : "PREVIEW_STOP_PRICE_BELOW_LAST_TRADE_PRICE");
                }
            }
            else
            {
                return Refuse("UNSUPPORTED_ORDER_CONFIGURATION", "the simulator serves market_market_ioc, limit_limit_gtc and stop_limit_stop_limit_gtc");
            }
            return Placed(order, market, configuration);
        }
        catch (InsufficientFundsException)
        {
            return Refuse("INSUFFICIENT_FUND", "Insufficient balance in source account", "PREVIEW_INSUFFICIENT_FUND");
        }
        catch (InvalidOrderException e)
        {
            return Refuse("INVALID_REQUEST", e.Message);
        }
    }

    private static object Placed(ExchangeOrder order, Market market, JsonElement configuration) => new
    {
        success = true,
        failure_reason = "UNKNOWN_FAILURE_REASON",
        order_id = order.Id,
        success_response = new { order_id = order.Id, product_id = CoinbaseJson.ProductId(market), side = order.Side == OrderSide.Buy ? "BUY" : "SELL", client_order_id = order.ClientOrderId },
        order_configuration = configuration.ValueKind == JsonValueKind.Object ? (object)configuration : new { },
    };

    // A market buy sized in the quote currency buys what that much buys at the last price, on the market's step.
    private decimal BaseFromQuote(Market market, decimal quote) => market.RoundAmount(quote / _venue.Ticker(market.Symbol).Last);

    private object Cancel(string id)
    {
        var order = _venue.AllOrders().FirstOrDefault(o => o.Id == id);
        if (order is null || order.Status != OrderStatus.Open) return new { success = false, failure_reason = "UNKNOWN_CANCEL_ORDER", order_id = id };
        try
        {
            _venue.Cancel(order.Symbol, OrderRef.ById(id));
        }
        catch (OrderNotFoundException)
        {
            return new { success = false, failure_reason = "UNKNOWN_CANCEL_ORDER", order_id = id };
        }
        return new { success = true, failure_reason = "UNKNOWN_CANCEL_FAILURE_REASON", order_id = id };
    }

    private object Orders(ApiParams p)
    {
        var products = Products(p, "product_ids", "product_id");
        var statuses = List(p, "order_status");
        int limit = (int)(p.OptionalLong("limit") ?? 100);
        if (limit is < 1 or > 1000) throw CoinbaseError.InvalidArgument("limit must be 1..1000");
        int skip = Offset(p);
        var matching = _venue.AllOrders()
            .Where(o => products is null || products.Contains(o.Symbol))
            .Where(o => statuses is null || statuses.Contains(CoinbaseJson.Status(o)))
            .OrderByDescending(o => o.TimestampMs).ThenByDescending(o => long.Parse(o.Id, CultureInfo.InvariantCulture))
            .ToList();
        var orders = matching.Skip(skip).Take(limit).Select(OrderJson).ToArray();
        bool more = skip + limit < matching.Count;
        return new { orders, sequence = "0", has_next = more, cursor = more ? (skip + limit).ToString(CultureInfo.InvariantCulture) : "" };
    }

    private object Fills(ApiParams p)
    {
        var products = Products(p, "product_ids", "product_id");
        var orderIds = List(p, "order_ids") ?? List(p, "order_id");
        long? from = p.Optional("start_sequence_timestamp") is { } s ? ParseTime(s, "start_sequence_timestamp") : null;
        long? to = p.Optional("end_sequence_timestamp") is { } e ? ParseTime(e, "end_sequence_timestamp") : null;
        int limit = (int)(p.OptionalLong("limit") ?? 100);
        if (limit is < 1 or > 1000) throw CoinbaseError.InvalidArgument("limit must be 1..1000");
        int skip = Offset(p);
        var markets = _venue.Markets.Values.Where(m => products is null || products.Contains(m.Symbol));
        var matching = markets.SelectMany(m => _venue.Trades(m.Symbol, from, null, null, int.MaxValue).Select(t => (Market: m, Trade: t)))
            .Where(x => (to is null || x.Trade.TimestampMs <= to) && (orderIds is null || orderIds.Contains(x.Trade.OrderId)))
            .OrderByDescending(x => x.Trade.TimestampMs).ThenByDescending(x => long.Parse(x.Trade.Id, CultureInfo.InvariantCulture))
            .ToList();
        var fills = matching.Skip(skip).Take(limit).Select(x => CoinbaseJson.Fill(x.Trade, x.Market)).ToArray();
        return new { fills, cursor = skip + limit < matching.Count ? (skip + limit).ToString(CultureInfo.InvariantCulture) : "" };
    }

    private object OrderJson(ExchangeOrder o)
    {
        var market = _venue.Markets[o.Symbol];
        var trades = _venue.Trades(o.Symbol, null, null, o.Id, int.MaxValue);
        return CoinbaseJson.Order(o, market, trades.Sum(t => t.Fee), trades.Count, trades.Count > 0 ? trades.Max(t => t.TimestampMs) : null);
    }

    // Product ids as unified symbols, from a repeated or comma-separated parameter (either spelling), or null for all.
    private HashSet<string>? Products(ApiParams p, string name, string legacy) =>
        (List(p, name) ?? List(p, legacy))?.Select(id => MarketOf(id).Symbol).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string>? List(ApiParams p, string name) =>
        p.Optional(name) is { } text ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal) : null;

    // The cursor is the count already served (Coinbase's is opaque; a client only echoes it back).
    private static int Offset(ApiParams p) =>
        p.Optional("cursor") is { } cursor
            ? int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : throw CoinbaseError.InvalidArgument("cursor is invalid")
            : 0;

    private static long ParseTime(string text, string name) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToUnixTimeMilliseconds() : throw CoinbaseError.InvalidArgument($"{name} is not an RFC 3339 time");

    private Market MarketOf(string productId) =>
        _venue.Markets.Values.FirstOrDefault(m => CoinbaseJson.ProductId(m) == productId) ?? throw CoinbaseError.InvalidArgument("ProductID is invalid");

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Dec(JsonElement e, string name)
    {
        if (Text(e, name) is not { } text) return null;
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : throw CoinbaseError.InvalidArgument($"{name} is invalid");
    }

    private static decimal Required(JsonElement e, string name) => Dec(e, name) ?? throw CoinbaseError.InvalidArgument($"{name} is required");

    private Task Handle(HttpContext context, bool signed, Func<ApiParams, object> action) => Handle(context, signed, (p, _) => action(p));

    private async Task Handle(HttpContext context, bool signed, Func<ApiParams, JsonElement, object> action)
    {
        object body;
        try
        {
            var request = context.Request;
            if (signed && _tokens.Problem(request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, request.Method, request.Host.Value ?? "",
                    request.Path.Value ?? "", _venue.NowMs) is not null)
            {
                // Coinbase says only this, whatever was wrong with the token.
                context.Response.StatusCode = 401;
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync("Unauthorized\n", context.RequestAborted);
                return;
            }
            var raw = request.Method == "POST" ? await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted) : "";
            JsonElement json = default;
            if (raw.Length > 0)
            {
                try { json = JsonDocument.Parse(raw).RootElement; }
                catch (JsonException) { throw CoinbaseError.InvalidArgument("the body is not JSON"); }
            }
            var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
            var values = new Dictionary<string, StringValues>(QueryHelpers.ParseQuery(query), StringComparer.Ordinal);
            body = action(new ApiParams(values), json);
        }
        catch (CoinbaseError e)
        {
            await WriteError(context, e);
            return;
        }
        catch (ParameterException e)
        {
            await WriteError(context, CoinbaseError.InvalidArgument(e.Message));
            return;
        }
        await context.Response.WriteAsJsonAsync(body, Json, context.RequestAborted);
    }
}
