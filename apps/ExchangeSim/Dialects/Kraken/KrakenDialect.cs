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

namespace Trader.ExchangeSim.Dialects.Kraken;

/// <summary>
/// Kraken spot REST under <c>/0/</c>: every answer is the <c>{"error":[...],"result":...}</c> envelope with HTTP 200
/// (an API error is a non-empty error array); public calls are GETs, private calls form-encoded POSTs carrying a
/// <c>nonce</c> that must rise with every call of a key (<c>EAPI:Invalid nonce</c> otherwise), signed in API-Key and
/// API-Sign (base64 HMAC-SHA512, keyed with the base64-decoded secret, of the path and SHA-256(nonce + body)). Pairs and
/// assets carry Kraken's names (<see cref="KrakenNames"/>). <c>/0/public/OHLC</c> serves only the 720 most recent
/// candles of an interval; <c>/0/public/Trades</c> serves the whole tape (<see cref="KrakenPublicTrades"/>), paged by a
/// nanosecond cursor. Orders carry <c>cl_ord_id</c> as the client id (free text of at most 18 characters, or a UUID).
/// The budget counts calls (TradesHistory two) and an overrun is <c>EAPI:Rate limit exceeded</c>. Kraken words no
/// duplicate client id error in its table; the simulator answers <c>EOrder:Duplicate cl_ord_id</c>.
/// </summary>
public sealed class KrakenDialect : IDialect
{
    private const int OhlcKeeps = 720;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };

    private static readonly Dictionary<string, Timeframe> Intervals = new(StringComparer.Ordinal)
    {
        ["1"] = Timeframe.M1, ["5"] = Timeframe.M5, ["15"] = Timeframe.M15, ["30"] = Timeframe.M30,
        ["60"] = Timeframe.H1, ["240"] = Timeframe.H4, ["1440"] = Timeframe.D1,
    };

    private readonly Venue _venue;
    private readonly SimOptions _options;
    private readonly DialectContext _context;
    private readonly byte[] _secret;
    private readonly object _nonceGate = new();
    private long _lastNonce;

    public KrakenDialect(DialectContext context)
    {
        _context = context;
        _venue = context.Venue;
        _options = context.Options;
        try { _secret = Convert.FromBase64String(_options.ApiSecret); }
        catch (FormatException) { throw new ConfigException($"--api-secret: the kraken dialect takes a base64 secret, as Kraken issues them (e.g. {context.Options.Dialect.DefaultSecret})."); }
    }

    /// <inheritdoc />
    public string Name => "kraken";

    /// <inheritdoc />
    public string ApiPrefix => "/0/";

    /// <inheritdoc />
    public int Cost(string method, string path) => path.EndsWith("/TradesHistory", StringComparison.Ordinal) ? 2 : 1;

    /// <inheritdoc />
    public void WriteUsage(HttpResponse response, int used, int limit, long windowEndMs)
    {
        // Kraken reports no usage in headers: a client keeps its own counter.
    }

    /// <inheritdoc />
    public Task WriteOverLimitAsync(HttpContext context, TimeSpan retryAfter, long windowEndMs) =>
        Write(context, 200, "EAPI:Rate limit exceeded");

    /// <inheritdoc />
    public Task WriteFaultAsync(HttpContext context, Fault fault, int retryAfterSeconds)
    {
        if (fault == Fault.TooManyRequests)
        {
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Write(context, 429, "EGeneral:Too many requests");
        }
        return Write(context, 503, "EService:Unavailable");
    }

    /// <inheritdoc />
    public string StatusName(ExchangeOrder order) => KrakenJson.Status(order);

    public string OrderId(ExchangeOrder order) => KrakenNames.OrderTxid(order.Id);

    private static Task Write(HttpContext context, int status, string error)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new[] { error } }, Json, context.RequestAborted);
    }

    /// <inheritdoc />
    public void Map(WebApplication app)
    {
        app.MapGet("/0/public/Time", (HttpContext c) => Handle(c, false, _ =>
        {
            long now = _venue.NowMs;
            return new { unixtime = now / 1000, rfc1123 = DateTimeOffset.FromUnixTimeMilliseconds(now).ToString("r", CultureInfo.InvariantCulture) };
        }));
        app.MapGet("/0/public/Assets", (HttpContext c) => Handle(c, false, _ =>
            _venue.Markets.Values.SelectMany(m => new[] { (m.Base, KrakenJson.Decimals(m.StepSize)), (m.Quote, KrakenJson.Decimals(m.TickSize)) })
                .DistinctBy(a => a.Item1).OrderBy(a => a.Item1, StringComparer.Ordinal)
                .ToDictionary(a => KrakenNames.AssetId(a.Item1), a => KrakenJson.Asset(a.Item1, Math.Max(a.Item2, 8)))));
        app.MapGet("/0/public/AssetPairs", (HttpContext c) => Handle(c, false, p =>
        {
            var wanted = p.Optional("pair")?.Split(',').Select(MarketOf).ToHashSet();
            return _venue.Markets.Values.Where(m => wanted is null || wanted.Contains(m)).ToDictionary(KrakenNames.PairId, KrakenJson.Pair);
        }));
        app.MapGet("/0/public/Ticker", (HttpContext c) => Handle(c, false, p =>
            p.Required("pair").Split(',').Select(MarketOf).ToDictionary(KrakenNames.PairId, m => KrakenJson.Ticker(_venue.Ticker(m.Symbol)))));
        app.MapGet("/0/public/OHLC", (HttpContext c) => Handle(c, false, p =>
        {
            var market = MarketOf(p.Required("pair"));
            if (!Intervals.TryGetValue(p.Optional("interval") ?? "1", out var tf)) throw KrakenError.InvalidArgument("interval");
            long? since = p.OptionalLong("since");
            IReadOnlyList<Candle> candles;
            // Only the most recent 720 of the interval, whatever since asks for: older history is in the trades.
            try { candles = _venue.Candles(market.Symbol, tf, null, null, OhlcKeeps); }
            catch (ExchangeException) { throw KrakenError.InvalidArgument("interval"); }
            var rows = candles.Where(k => since is null || k.OpenTimeMs >= since * 1000).Select(_context.Faults.Kline).Select(KrakenJson.Ohlc).ToArray();
            long last = candles.Count > 0 ? candles[^1].OpenTimeMs / 1000 : _venue.NowMs / 1000;
            return new Dictionary<string, object> { [KrakenNames.PairId(market)] = rows, ["last"] = last };
        }));
        app.MapGet("/0/public/Trades", (HttpContext c) => Handle(c, false, p =>
        {
            var market = MarketOf(p.Required("pair"));
            long since = p.OptionalLong("since") ?? 0;
            // since is a nanosecond cursor (the "last" of the previous page) or, when small, seconds.
            long sinceNs = since < 100_000_000_000 ? since * 1_000_000_000 : since;
            int count = (int)(p.OptionalLong("count") ?? 1000);
            if (count is < 1 or > 1000) throw KrakenError.InvalidArgument("count");
            var trades = KrakenPublicTrades.After(_venue, market, sinceNs, count);
            string last = (trades.Count > 0 ? trades[^1].TimeNs : sinceNs).ToString(CultureInfo.InvariantCulture);
            return new Dictionary<string, object> { [KrakenNames.PairId(market)] = trades.Select(KrakenJson.Trade).ToArray(), ["last"] = last };
        }));
        app.MapPost("/0/private/Balance", (HttpContext c) => Handle(c, true, _ =>
            _venue.Balance().Assets.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => KrakenNames.AssetId(a.Key), a => KrakenJson.D(a.Value.Total))));
        app.MapPost("/0/private/BalanceEx", (HttpContext c) => Handle(c, true, _ =>
            _venue.Balance().Assets.OrderBy(a => a.Key, StringComparer.Ordinal)
                .ToDictionary(a => KrakenNames.AssetId(a.Key), a => new { balance = KrakenJson.D(a.Value.Total), hold_trade = KrakenJson.D(a.Value.Used) })));
        app.MapPost("/0/private/AddOrder", (HttpContext c) => Handle(c, true, AddOrder));
        app.MapPost("/0/private/CancelOrder", (HttpContext c) => Handle(c, true, p =>
        {
            var target = p.Optional("cl_ord_id") is { } client
                ? _venue.AllOrders().LastOrDefault(o => o.ClientOrderId == client && o.Status == OrderStatus.Open)
                : FindByTxid(p.Required("txid"));
            if (target is null || target.Status != OrderStatus.Open) throw new KrakenError("EOrder:Unknown order");
            _venue.Cancel(target.Symbol, OrderRef.ById(target.Id));
            return new { count = 1 };
        }));
        app.MapPost("/0/private/QueryOrders", (HttpContext c) => Handle(c, true, p =>
        {
            bool trades = p.Optional("trades") is "true" or "True" or "1";
            var found = p.Required("txid").Split(',').Select(FindByTxid).OfType<ExchangeOrder>();
            return OrderMap(found, trades);
        }));
        app.MapPost("/0/private/OpenOrders", (HttpContext c) => Handle(c, true, p =>
        {
            var client = p.Optional("cl_ord_id");
            var open = _venue.AllOrders().Where(o => o.Status == OrderStatus.Open && (client is null || o.ClientOrderId == client));
            return new { open = OrderMap(open, p.Optional("trades") is "true" or "True" or "1") };
        }));
        app.MapPost("/0/private/ClosedOrders", (HttpContext c) => Handle(c, true, p =>
        {
            var client = p.Optional("cl_ord_id");
            long? start = Seconds(p, "start"), end = Seconds(p, "end");
            int ofs = (int)(p.OptionalLong("ofs") ?? 0);
            // Newest first, 50 a page, as Kraken pages them.
            var closed = _venue.AllOrders()
                .Where(o => o.Status != OrderStatus.Open && (client is null || o.ClientOrderId == client)
                    && (start is null || o.LastUpdateMs > start) && (end is null || o.LastUpdateMs <= end))
                .OrderByDescending(o => o.LastUpdateMs).ThenByDescending(o => long.Parse(o.Id, CultureInfo.InvariantCulture)).ToList();
            return new { closed = OrderMap(closed.Skip(ofs).Take(50), p.Optional("trades") is "true" or "True" or "1"), count = closed.Count };
        }));
        app.MapPost("/0/private/TradesHistory", (HttpContext c) => Handle(c, true, p =>
        {
            long? start = Seconds(p, "start"), end = Seconds(p, "end");
            int ofs = (int)(p.OptionalLong("ofs") ?? 0);
            var orders = _venue.AllOrders().ToDictionary(o => o.Id);
            var fills = _venue.Markets.Values.SelectMany(m => _venue.Trades(m.Symbol, null, null, null, int.MaxValue).Select(t => (Market: m, Trade: t)))
                .Where(x => (start is null || x.Trade.TimestampMs > start) && (end is null || x.Trade.TimestampMs <= end))
                .OrderByDescending(x => x.Trade.TimestampMs).ThenByDescending(x => long.Parse(x.Trade.Id, CultureInfo.InvariantCulture)).ToList();
            var page = fills.Skip(ofs).Take(50).ToDictionary(x => KrakenNames.TradeTxid(x.Trade.Id), x => KrakenJson.OwnTrade(x.Trade, orders[x.Trade.OrderId], x.Market));
            return new { trades = page, count = fills.Count };
        }));
    }

    private object AddOrder(ApiParams p)
    {
        var market = MarketOf(p.Required("pair"));
        var side = p.Required("type") switch { "buy" => OrderSide.Buy, "sell" => OrderSide.Sell, _ => throw KrakenError.InvalidArgument("type") };
        var type = p.Required("ordertype") switch
        {
            "market" => OrderType.Market,
            "limit" => OrderType.Limit,
            "stop-loss-limit" => OrderType.StopLossLimit,
            var other => throw new KrakenError($"EGeneral:Invalid arguments:ordertype {other} is not served by the simulator (market, limit, stop-loss-limit)"),
        };
        var flags = (p.Optional("oflags") ?? "").Split(',');
        if (flags.Contains("viqc")) throw new KrakenError("EGeneral:Invalid arguments:oflags viqc is not served by the simulator");
        if (flags.Contains("post"))
        {
            // Kraken's post-only flag is for limit orders only.
            if (type != OrderType.Limit) throw KrakenError.InvalidArgument("oflags");
            type = OrderType.LimitMaker;
        }
        decimal volume = p.OptionalDecimal("volume") ?? throw KrakenError.InvalidArgument("volume");
        // stop-loss-limit: price is the trigger, price2 the limit.
        decimal? price = type == OrderType.Market ? null : p.OptionalDecimal("price") ?? throw KrakenError.InvalidArgument("price");
        decimal? trigger = null;
        if (type == OrderType.StopLossLimit)
        {
            trigger = price;
            price = p.OptionalDecimal("price2") ?? throw KrakenError.InvalidArgument("price2");
        }
        decimal last = _venue.Ticker(market.Symbol).Last;
        if (volume <= 0 || volume % market.StepSize != 0) throw KrakenError.InvalidArgument("volume");
        if (volume < market.MinAmount) throw new KrakenError("EOrder:Order minimum not met");
        foreach (var px in new[] { price, trigger })
        {
            if (px is { } v && (v <= 0 || v % market.TickSize != 0)) throw new KrakenError("EOrder:Invalid price");
        }
        if (volume * (price ?? last) < market.MinNotional) throw new KrakenError("EOrder:Cost minimum not met");
        var clientId = p.Optional("cl_ord_id");
        if (clientId is not null && !(clientId.Length <= 18 || Guid.TryParseExact(clientId, "D", out _))) throw KrakenError.InvalidArgument("cl_ord_id");
        ExchangeOrder order;
        try
        {
            order = _venue.Place(market.Symbol, type, side, volume, price, clientId, trigger);
        }
        catch (OrderImmediatelyFillableException)
        {
            throw new KrakenError("EOrder:Post only order");
        }
        catch (OrderWouldTriggerException)
        {
            // Kraken would fire a stop the last price has passed at once; the simulator holds stops that wait only.
            throw new KrakenError($"EGeneral:Invalid arguments:price the stop {KrakenJson.D(trigger!.Value)} is already crossed by the last price {KrakenJson.D(last)}");
        }
        return new { descr = new { order = KrakenJson.Description(order, market) }, txid = new[] { KrakenNames.OrderTxid(order.Id) } };
    }

    private Dictionary<string, object> OrderMap(IEnumerable<ExchangeOrder> orders, bool withTrades) =>
        orders.ToDictionary(o => KrakenNames.OrderTxid(o.Id), o =>
        {
            var fills = _venue.Trades(o.Symbol, null, null, o.Id, int.MaxValue);
            return KrakenJson.Order(o, _venue.Markets[o.Symbol], fills.Sum(t => t.Fee), withTrades ? fills.Select(t => KrakenNames.TradeTxid(t.Id)) : null);
        });

    private ExchangeOrder? FindByTxid(string txid) =>
        KrakenNames.OrderId(txid.Trim()) is { } id ? _venue.AllOrders().FirstOrDefault(o => o.Id == id) : null;

    // Kraken's start/end are seconds (with decimals) since the epoch; returned in ms.
    private static long? Seconds(ApiParams p, string name) =>
        p.Optional(name) is { } s ? decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? (long)(v * 1000m) : throw KrakenError.InvalidArgument(name) : null;

    // A pair is named by its id (XXBTZUSD) or altname (XBTUSD), as Kraken accepts both.
    private Market MarketOf(string name) =>
        _venue.Markets.Values.FirstOrDefault(m => KrakenNames.PairId(m) == name || KrakenNames.Altname(m) == name) ?? throw KrakenError.UnknownPair();

    private async Task Handle(HttpContext context, bool signed, Func<ApiParams, object> action)
    {
        object body;
        try
        {
            var raw = context.Request.Method == "POST"
                ? await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted)
                : "";
            var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "";
            var values = new Dictionary<string, StringValues>(QueryHelpers.ParseQuery(query), StringComparer.Ordinal);
            if (context.Request.Method == "POST") foreach (var (k, v) in QueryHelpers.ParseQuery(raw)) values[k] = v;
            var p = new ApiParams(values);
            if (signed) Authenticate(context, p, raw);
            body = new { error = Array.Empty<string>(), result = action(p) };
        }
        catch (KrakenError e) { body = Error(e.Message); }
        catch (ParameterException e) { body = Error($"EGeneral:Invalid arguments:{e.Name}"); }
        catch (BadSymbolException) { body = Error("EQuery:Unknown asset pair"); }
        catch (DuplicateOrderIdException) { body = Error("EOrder:Duplicate cl_ord_id"); }
        catch (OrderNotFoundException) { body = Error("EOrder:Unknown order"); }
        catch (InsufficientFundsException) { body = Error("EOrder:Insufficient funds"); }
        catch (InvalidOrderException e) { body = Error($"EOrder:Invalid order:{e.Message}"); }
        await context.Response.WriteAsJsonAsync(body, Json, context.RequestAborted);
    }

    private static object Error(string error) => new { error = new[] { error } };

    private void Authenticate(HttpContext context, ApiParams p, string body)
    {
        var headers = context.Request.Headers;
        string key = headers["API-Key"].ToString();
        if (key.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(_options.ApiKey)))
            throw new KrakenError("EAPI:Invalid key");
        string nonceText = p.Optional("nonce") ?? throw new KrakenError("EAPI:Invalid nonce");
        if (!long.TryParse(nonceText, NumberStyles.None, CultureInfo.InvariantCulture, out long nonce)) throw new KrakenError("EAPI:Invalid nonce");

        string path = context.Request.Path.Value ?? "";
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(nonceText + body));
        byte[] message = [.. Encoding.UTF8.GetBytes(path), .. digest];
        byte[] expected = HMACSHA512.HashData(_secret, message);
        byte[] sent;
        try { sent = Convert.FromBase64String(headers["API-Sign"].ToString()); }
        // Kraken answers a signature that does not verify as it answers an unknown key.
        catch (FormatException) { throw new KrakenError("EAPI:Invalid key"); }
        if (!CryptographicOperations.FixedTimeEquals(expected, sent)) throw new KrakenError("EAPI:Invalid key");

        // Every nonce of a key must exceed the last one accepted (Kraken's nonce window is 0 unless the key sets one).
        lock (_nonceGate)
        {
            if (nonce <= _lastNonce) throw new KrakenError("EAPI:Invalid nonce");
            _lastNonce = nonce;
        }
    }
}
