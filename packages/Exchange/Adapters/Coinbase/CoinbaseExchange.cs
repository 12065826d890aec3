using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Serilog;
using Trader.Domain;
using Trader.Exchange.Decorators;

namespace Trader.Exchange.Adapters.Coinbase;

/// <summary>
/// Coinbase Advanced Trade REST API v3 (spot), plain: market data from the public <c>/api/v3/brokerage/market/</c>
/// paths, private calls with a per-request ES256 JWT of a CDP API key (<see cref="CoinbaseJwt"/>) whose times come from
/// the server's clock (kept in sync; a 401 after the local clock jumped triggers one resync and one resend). Orders
/// carry our client order id as <c>client_order_id</c>, which Coinbase keeps unique: sending it again returns the order
/// it already placed. Errors map through <see cref="CoinbaseErrors"/>. It neither retries nor throttles: wrap it in
/// <see cref="RetryingExchange"/> and <see cref="ThrottledExchange"/>. The requests it adds on its own it charges to the
/// same limiter itself: the clock sync, the markets a call needs, the order read-back after a create or cancel and
/// every further page of a list.
/// </summary>
public sealed class CoinbaseExchange : IExchange
{
    private const string Venue = "Coinbase";
    private const string Brokerage = "/api/v3/brokerage/";

    /// <summary>Candles one request returns at most.</summary>
    public const int MaxCandles = 350;

    /// <summary>Pages of orders or fills one call reads at most.</summary>
    public const int MaxPages = 20;

    private readonly WireClient _wire;
    private readonly CoinbaseOptions _options;
    private readonly string? _keyName;
    private readonly ECDsa? _key;
    private readonly ServerClock _server;
    private readonly WeightLimiter? _limiter;
    private readonly ILogger _log;
    private readonly MarketCache _markets;

    /// <param name="http">Client for the REST calls; its base address is ignored in favour of <paramref name="options"/>.</param>
    /// <param name="options">Base URL and timeout.</param>
    /// <param name="credentials">Key name and EC private key PEM for private calls, or null for market data only.</param>
    /// <param name="clock">Local clock for token times and timeouts.</param>
    /// <param name="limiter">Charged for the adapter's own extra requests, or null.</param>
    /// <param name="log">Structured log.</param>
    /// <exception cref="ConfigException">The secret is not an EC private key PEM (the message never quotes it).</exception>
    public CoinbaseExchange(HttpClient http, CoinbaseOptions options, ExchangeCredentials? credentials, TimeProvider clock, WeightLimiter? limiter, ILogger log)
    {
        _wire = new WireClient(http, Venue, options.BaseUrl, options.Timeout, clock);
        _options = options;
        if (credentials is not null)
        {
            _keyName = credentials.Key.Reveal();
            _key = CoinbaseJwt.ImportKey(credentials.Secret.Reveal(), ExchangeCredentials.SecretVariable(ExchangeIds.Coinbase));
        }
        _server = new ServerClock(clock);
        _limiter = limiter;
        _log = log.ForContext<CoinbaseExchange>();
        _markets = new MarketCache(FetchMarketsAsync, ct => ChargeAsync(CoinbaseLimits.Spot.LoadMarkets, ct), symbol => $"Coinbase lists no spot market {symbol}; symbols look like BTC/USD.");
    }

    /// <inheritdoc />
    public string Name => ExchangeIds.Coinbase;

    /// <summary>Server time minus local time, ms, as last measured.</summary>
    public long ClockOffsetMs => _server.OffsetMs;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) => _markets.AllAsync(ct);

    // The venue's listing, read once by the market cache.
    private async Task<IReadOnlyDictionary<string, Market>> FetchMarketsAsync(CancellationToken ct)
    {
        var result = await GetAsync("market/products", [("product_type", "SPOT")], false, "load markets", ct);
        var markets = new Dictionary<string, Market>(StringComparer.Ordinal);
        foreach (var p in result.Field("products").Items())
        {
            if (p.String("product_type") != "SPOT" || p.String("status") != "online" || p.Bool("trading_disabled")) continue;
            var (baseAsset, quote) = (p.String("base_currency_id"), p.String("quote_currency_id"));
            decimal tick = p.OptionalField("price_increment") is { } increment ? increment.Decimal() : p.Decimal("quote_increment");
            var market = new Market(p.String("product_id"), $"{baseAsset}/{quote}", baseAsset, quote, tick,
                p.Decimal("base_increment"), p.Decimal("base_min_size"), p.Decimal("quote_min_size"));
            markets[market.Symbol] = market;
        }
        return markets;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Coinbase takes a start and an end (Unix seconds) and at most 350 candles; it lists them newest first and has no
    /// candle for a minute without trades. From <paramref name="sinceMs"/> the window is the next <paramref name="limit"/>
    /// periods; a window that is a hole in the data is stepped over (each further request charged), so a page is empty
    /// only when nothing newer exists. Without it the window ends now.
    /// </remarks>
    public async Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var (source, granularity) = CoinbaseGranularities.For(timeframe);
        int perCandle = source == timeframe ? 1 : (int)(timeframe.DurationMs / source.DurationMs);
        int wanted = Math.Clamp(limit, 1, MaxCandles / perCandle);
        long span = (long)wanted * perCandle * source.DurationMs;
        string what = $"fetch OHLCV {symbol} {timeframe}";
        List<Candle> candles;
        long knownUntil;
        if (sinceMs is { } since)
        {
            long start = timeframe.CeilingMs(since);
            candles = [];
            for (int window = 0; window < MaxPages && candles.Count == 0; window++, start += span)
            {
                if (window > 0)
                {
                    // Past the venue's now an empty window is the future, not a hole.
                    if (!_server.IsSynced) await SyncTimeAsync(ct);
                    if (start > _server.NowMs) break;
                    await ChargeAsync(CoinbaseLimits.Spot.FetchOhlcv, ct);
                }
                candles = await CandlesAsync(market, granularity, start, start + span - 1000, wanted * perCandle, what, ct);
            }
            knownUntil = Math.Min(_server.NowMs, start);
        }
        else
        {
            long end = _server.IsSynced ? _server.NowMs : await FetchTimeChargedAsync(ct);
            candles = await CandlesAsync(market, granularity, timeframe.FloorMs(end) - span + timeframe.DurationMs, end, wanted * perCandle, what, ct);
            knownUntil = end;
        }
        if (source == timeframe) return candles.Count > limit ? candles[^limit..] : candles;
        // Only buckets that closed inside the window read (minutes without trades are no candle, so the last candle
        // does not say how far the data is complete): the resampler drops the forming one.
        var built = CandleResampler.Resample(candles, source, timeframe, knownUntil);
        return built.Count > limit ? [.. built.Take(limit)] : built;
    }

    private async Task<long> FetchTimeChargedAsync(CancellationToken ct)
    {
        await SyncTimeAsync(ct);
        return _server.NowMs;
    }

    private async Task<List<Candle>> CandlesAsync(Market market, string granularity, long startMs, long endMs, int limit, string what, CancellationToken ct)
    {
        var query = new List<(string, string)> { ("start", Long(startMs / 1000)), ("end", Long(endMs / 1000)), ("granularity", granularity), ("limit", Long(limit)) };
        var result = await GetAsync($"market/products/{market.Id}/candles", query, false, what, ct);
        return result.Field("candles").Items()
            .Select(c => new Candle(c.Long("start") * 1000, c.Field("open").Double(), c.Field("high").Double(), c.Field("low").Double(), c.Field("close").Double(), c.Field("volume").Double()))
            .Where(c => c.OpenTimeMs >= startMs && c.OpenTimeMs <= endMs)
            .Reverse() // Coinbase lists candles newest first
            .ToList();
    }

    /// <inheritdoc />
    /// <remarks>Coinbase's ticker is its latest trades and best bid and ask: the 24-hour figures are not part of it.</remarks>
    public async Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var result = await GetAsync($"market/products/{market.Id}/ticker", [("limit", "1")], false, $"fetch ticker {symbol}", ct);
        var trade = result.Field("trades").At(0);
        return new Ticker(symbol, ParseTime(trade.String("time")), trade.Decimal("price"), OptionalDecimal(result, "best_bid"), OptionalDecimal(result, "best_ask"),
            null, null, null, null);
    }

    /// <inheritdoc />
    public async Task<Balance> FetchBalanceAsync(CancellationToken ct)
    {
        var assets = new Dictionary<string, BalanceEntry>(StringComparer.Ordinal);
        string cursor = "";
        for (int page = 0; page < MaxPages; page++)
        {
            var query = new List<(string, string)> { ("limit", "250") };
            if (cursor.Length > 0)
            {
                query.Add(("cursor", cursor));
                await ChargeAsync(CoinbaseLimits.Spot.FetchBalance, ct);
            }
            var result = await GetAsync("accounts", query, true, "fetch balance", ct);
            foreach (var a in result.Field("accounts").Items())
            {
                decimal free = a.Field("available_balance").Decimal("value"), hold = a.OptionalField("hold")?.Decimal("value") ?? 0m;
                string currency = a.String("currency");
                var before = assets.GetValueOrDefault(currency, new BalanceEntry(0m, 0m));
                assets[currency] = new BalanceEntry(before.Free + free, before.Used + hold);
            }
            if (!result.Bool("has_next")) break;
            cursor = result.String("cursor");
        }
        return new Balance(_server.NowMs, assets);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var market = await MarketAsync(symbol, ct);
        var (qty, px) = market.PrepareOrder(type, side, amount, price, referencePrice: null);
        string what = $"create {type} order {side} {Plain(qty)} {symbol}{(px is null ? "" : " at " + Plain(px.Value))} ({clientOrderId})";
        return type == OrderType.Market
            ? await PlaceAsync(market, symbol, side, clientOrderId, "market_market_ioc", [("base_size", Plain(qty))], what, ct)
            : await PlaceAsync(market, symbol, side, clientOrderId, "limit_limit_gtc", [("base_size", Plain(qty)), ("limit_price", Plain(px!.Value))], what, ct,
                postOnly: type == OrderType.LimitMaker);
    }

    /// <inheritdoc />
    /// <remarks>Coinbase checks the stop against its last trade price itself and refuses a crossed one (<see cref="OrderWouldTriggerException"/>).</remarks>
    public async Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var market = await MarketAsync(symbol, ct);
        var (qty, px) = market.PrepareOrder(OrderType.StopLossLimit, side, amount, limitPrice, referencePrice: null);
        decimal stop = market.RoundPrice(stopPrice);
        if (stop <= 0) throw new InvalidOrderException($"{side} {symbol}: stop price {Plain(stopPrice)} is below the tick size {Plain(market.TickSize)}.");
        // A sell stop waits for the price to fall to it, a buy stop for it to rise.
        string direction = side == OrderSide.Sell ? "STOP_DIRECTION_STOP_DOWN" : "STOP_DIRECTION_STOP_UP";
        return await PlaceAsync(market, symbol, side, clientOrderId, "stop_limit_stop_limit_gtc",
            [("base_size", Plain(qty)), ("limit_price", Plain(px!.Value)), ("stop_price", Plain(stop)), ("stop_direction", direction)],
            $"create stop-limit order {side} {Plain(qty)} {symbol} stop {Plain(stop)} at {Plain(px.Value)} ({clientOrderId})", ct);
    }

    private async Task<ExchangeOrder> PlaceAsync(Market market, string symbol, OrderSide side, string clientOrderId, string configuration,
        List<(string Key, string Value)> fields, string what, CancellationToken ct, bool postOnly = false)
    {
        var body = Json(w =>
        {
            w.WriteString("client_order_id", clientOrderId);
            w.WriteString("product_id", market.Id);
            w.WriteString("side", side == OrderSide.Buy ? "BUY" : "SELL");
            w.WriteStartObject("order_configuration");
            w.WriteStartObject(configuration);
            foreach (var (key, value) in fields) w.WriteString(key, value);
            // Coinbase's post-only flag: the order is refused (INVALID_LIMIT_PRICE_POST_ONLY) rather than let it take.
            if (postOnly) w.WriteBoolean("post_only", true);
            w.WriteEndObject();
            w.WriteEndObject();
        });
        var answer = await SendAsync(HttpMethod.Post, "orders", "", body, true, what, ct);
        if (answer.OptionalField("success") is { Element.ValueKind: JsonValueKind.False })
        {
            var error = answer.OptionalField("error_response");
            string? reason = Reason(error, "preview_failure_reason") ?? Reason(error, "new_order_failure_reason") ?? Reason(error, "error") ?? Reason(answer, "failure_reason");
            throw CoinbaseErrors.Map(200, reason, error?.OptionalField("message")?.String(), what, TimeSpan.Zero);
        }
        string orderId = answer.Field("success_response").String("order_id");
        // Coinbase acknowledges with the ids only; the order's state is read back.
        await ChargeAsync(CoinbaseLimits.Spot.FetchOrder, ct);
        return await FetchOrderAsync(symbol, OrderRef.ById(orderId), ct);
    }

    // A reason field, unless empty or one of Coinbase's "unknown" placeholders.
    private static string? Reason(WirePayload? parent, string name) =>
        parent?.OptionalField(name) is { Element.ValueKind: JsonValueKind.String } f && f.String() is { Length: > 0 } s && !s.StartsWith("UNKNOWN_", StringComparison.Ordinal) ? s : null;

    /// <inheritdoc />
    public async Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        string what = $"cancel {order} on {symbol}";
        string id = order.Id ?? (await FindByClientIdAsync(market, symbol, order.ClientOrderId!, what, ct)).Id;
        var body = Json(w =>
        {
            w.WriteStartArray("order_ids");
            w.WriteStringValue(id);
            w.WriteEndArray();
        });
        var result = (await SendAsync(HttpMethod.Post, "orders/batch_cancel", "", body, true, what, ct)).Field("results").At(0);
        if (!result.Bool("success")) throw CoinbaseErrors.Map(200, result.OptionalField("failure_reason")?.String(), null, what, TimeSpan.Zero);
        await ChargeAsync(CoinbaseLimits.Spot.FetchOrder, ct);
        return await FetchOrderAsync(symbol, OrderRef.ById(id), ct);
    }

    /// <inheritdoc />
    /// <remarks>By client order id: Coinbase has no lookup by it, so the market's orders are listed (newest first, each further page charged) until it is found.</remarks>
    public async Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        string what = $"fetch {order} on {symbol}";
        if (order.Id is null) return await FindByClientIdAsync(market, symbol, order.ClientOrderId!, what, ct);
        var found = (await GetAsync($"orders/historical/{Uri.EscapeDataString(order.Id)}", [], true, what, ct)).Field("order");
        return found.String("product_id") == market.Id
            ? ParseOrder(found, symbol)
            : throw new OrderNotFoundException($"{what}: Coinbase's order {order.Id} is on {found.String("product_id")}, not {market.Id}.");
    }

    private async Task<ExchangeOrder> FindByClientIdAsync(Market market, string symbol, string clientOrderId, string what, CancellationToken ct)
    {
        await foreach (var o in ListOrdersAsync(market, symbol, openOnly: false, what, ct))
            if (o.ClientOrderId == clientOrderId) return o;
        throw new OrderNotFoundException($"{what}: Coinbase knows no such order; the client_order_id is unknown.");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var open = new List<ExchangeOrder>();
        await foreach (var o in ListOrdersAsync(market, symbol, openOnly: true, $"fetch open orders {symbol}", ct)) open.Add(o);
        return [.. open.Where(o => o.Status == OrderStatus.Open).OrderBy(o => o.TimestampMs)];
    }

    private async IAsyncEnumerable<ExchangeOrder> ListOrdersAsync(Market market, string symbol, bool openOnly, string what,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string cursor = "";
        for (int page = 0; page < MaxPages; page++)
        {
            var query = new List<(string, string)> { ("product_ids", market.Id), ("limit", "100") };
            if (openOnly) query.Add(("order_status", "OPEN"));
            if (cursor.Length > 0)
            {
                query.Add(("cursor", cursor));
                await ChargeAsync(CoinbaseLimits.Spot.FetchOpenOrders, ct);
            }
            var result = await GetAsync("orders/historical/batch", query, true, what, ct);
            foreach (var o in result.Field("orders").Items()) yield return ParseOrder(o, symbol);
            if (!result.Bool("has_next")) yield break;
            cursor = result.String("cursor");
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Coinbase serves fills newest first, a page at a time from <c>start_sequence_timestamp</c>. The adapter follows the
    /// pages (each charged), at most <see cref="MaxPages"/>, and returns the oldest <paramref name="limit"/> from
    /// <paramref name="sinceMs"/>, or the newest <paramref name="limit"/> without it, oldest first. Commissions are in the
    /// quote currency, as Coinbase charges them.
    /// </remarks>
    public async Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var trades = new List<ExchangeTrade>();
        string cursor = "";
        for (int page = 0; page < MaxPages; page++)
        {
            var query = new List<(string, string)> { ("product_ids", market.Id), ("limit", "100") };
            if (sinceMs is { } since) query.Add(("start_sequence_timestamp", DateTimeOffset.FromUnixTimeMilliseconds(since).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)));
            if (cursor.Length > 0)
            {
                query.Add(("cursor", cursor));
                await ChargeAsync(CoinbaseLimits.Spot.FetchMyTrades, ct);
            }
            var result = await GetAsync("orders/historical/fills", query, true, $"fetch my trades {symbol}", ct);
            trades.AddRange(result.Field("fills").Items().Select(f =>
            {
                decimal price = f.Decimal("price"), size = f.Decimal("size");
                return new ExchangeTrade(f.String("trade_id"), f.String("order_id"), symbol, ParseSide(f.String("side"), symbol), price, size, price * size,
                    f.Decimal("commission"), market.Quote, f.String("liquidity_indicator") == "MAKER", ParseTime(f.String("trade_time")));
            }));
            cursor = result.OptionalField("cursor")?.String() ?? "";
            if (cursor.Length == 0) break;
        }
        return NewestFirstTrades.Window(trades, sinceMs, limit);
    }

    /// <inheritdoc />
    public async Task<long> FetchTimeAsync(CancellationToken ct) =>
        (await GetAsync("time", [], false, "fetch time", ct)).Long("epochMillis");

    private async Task SyncTimeAsync(CancellationToken ct)
    {
        await ChargeAsync(CoinbaseLimits.Spot.FetchTime, ct);
        long offset = await _server.SyncAsync(FetchTimeAsync, ct);
        _log.Debug("Coinbase clock offset {OffsetMs} ms", offset);
    }

    private Task<Market> MarketAsync(string symbol, CancellationToken ct) => _markets.OfAsync(symbol, ct);

    private static ExchangeOrder ParseOrder(WirePayload o, string symbol)
    {
        var status = o.String("status") switch
        {
            "OPEN" or "PENDING" or "QUEUED" or "CANCEL_QUEUED" => OrderStatus.Open,
            "FILLED" => OrderStatus.Closed,
            "CANCELLED" or "EXPIRED" => OrderStatus.Canceled,
            "FAILED" => OrderStatus.Rejected,
            var other => throw new ExchangeException($"Coinbase reported an unknown order status '{other}' for {symbol}."),
        };
        var configuration = o.Field("order_configuration");
        (OrderType type, WirePayload c) = configuration.OptionalField("market_market_ioc") is { } m ? (OrderType.Market, m)
            : configuration.OptionalField("limit_limit_gtc") is { } l
                ? (l.OptionalField("post_only") is { Element.ValueKind: JsonValueKind.True } ? OrderType.LimitMaker : OrderType.Limit, l)
            : configuration.OptionalField("stop_limit_stop_limit_gtc") is { } s ? (OrderType.StopLossLimit, s)
            : throw new ExchangeException($"Coinbase reported an order configuration for {symbol} this adapter does not handle ({configuration.Element.GetRawText()}).");
        decimal filled = o.Decimal("filled_size"), cost = o.Decimal("filled_value");
        long created = ParseTime(o.String("created_time"));
        long updated = o.OptionalField("last_fill_time") is { Element.ValueKind: JsonValueKind.String } last && last.String().Length > 0 ? Math.Max(created, ParseTime(last.String())) : created;
        decimal amount = c.OptionalField("base_size") is { } size ? size.Decimal() : filled;
        return new ExchangeOrder(o.String("order_id"), o.String("client_order_id"), symbol, type, ParseSide(o.String("side"), symbol), status,
            type == OrderType.Market ? null : c.Decimal("limit_price"), amount, filled, cost, filled > 0 ? cost / filled : null,
            created, updated, type == OrderType.StopLossLimit ? c.Decimal("stop_price") : null);
    }

    private static OrderSide ParseSide(string side, string symbol) => side switch
    {
        "BUY" => OrderSide.Buy,
        "SELL" => OrderSide.Sell,
        var other => throw new ExchangeException($"Coinbase reported order side '{other}' for {symbol}."),
    };

    private static long ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToUnixTimeMilliseconds()
            : throw new ExchangeException($"Coinbase sent a time that is not RFC 3339: '{text}'.");

    private static decimal? OptionalDecimal(WirePayload parent, string name) =>
        parent.OptionalField(name) is { } f && !(f.Element.ValueKind == JsonValueKind.String && f.String().Length == 0) ? f.Decimal() : null;

    private static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Long(long value) => value.ToString(CultureInfo.InvariantCulture);

    private Task ChargeAsync(int requests, CancellationToken ct) => _limiter?.AcquireAsync(requests, ct) ?? Task.CompletedTask;

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private Task<WirePayload> GetAsync(string path, List<(string Key, string Value)> query, bool signed, string what, CancellationToken ct)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in query)
        {
            if (text.Length > 0) text.Append('&');
            text.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return SendAsync(HttpMethod.Get, path, text.ToString(), null, signed, what, ct);
    }

    private async Task<WirePayload> SendAsync(HttpMethod method, string path, string query, string? body, bool signed, string what, CancellationToken ct)
    {
        if (!signed) return await SendOnceAsync(method, path, query, body, false, what, ct);
        if (_key is null) throw new AuthenticationException($"{what} needs API credentials; set {ExchangeCredentials.KeyVariable(ExchangeIds.Coinbase)} and {ExchangeCredentials.SecretVariable(ExchangeIds.Coinbase)}.");
        if (!_server.IsSynced) await SyncTimeAsync(ct);
        try
        {
            return await SendOnceAsync(method, path, query, body, true, what, ct);
        }
        catch (AuthenticationException e)
        {
            // A 401 says nothing about why; a token outside its 120 s is one cause, so a moved clock earns one resend.
            long before = _server.OffsetMs;
            await SyncTimeAsync(ct);
            if (Math.Abs(_server.OffsetMs - before) < 5_000) throw;
            _log.Warning("Coinbase refused the token of {Call} and the clock had moved {DriftMs} ms; resending once: {Error}", what, _server.OffsetMs - before, e.Message);
            await ChargeAsync(1, ct);
            return await SendOnceAsync(method, path, query, body, true, what, ct);
        }
    }

    private async Task<WirePayload> SendOnceAsync(HttpMethod method, string path, string query, string? body, bool signed, string what, CancellationToken ct)
    {
        var uri = new Uri(_options.BaseUrl, Brokerage + path + (query.Length > 0 ? "?" + query : ""));
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        if (signed)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
                CoinbaseJwt.Create(_keyName!, _key!, CoinbaseJwt.Uri(method, uri), _server.NowMs / 1000));

        var response = await _wire.SendAsync(request, what, method != HttpMethod.Get, ct);
        if (response.IsSuccess)
            return response.Json is { ValueKind: JsonValueKind.Object } json
                ? new WirePayload(json, Venue, what)
                : throw new ExchangeException($"Coinbase answered {what} with a body that is not a JSON object.");
        string? reason = null, message = null;
        if (response.Json is { ValueKind: JsonValueKind.Object } e)
        {
            if (e.TryGetProperty("error", out var r) && r.ValueKind == JsonValueKind.String) reason = r.GetString();
            if (e.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String) message = m.GetString();
        }
        throw CoinbaseErrors.Map((int)response.Status, reason, message, what, response.RetryAfter, method != HttpMethod.Get);
    }
}
