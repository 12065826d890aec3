using System.Globalization;
using System.Text;
using System.Text.Json;
using Serilog;
using Trader.Domain;
using Trader.Exchange.Decorators;

namespace Trader.Exchange.Adapters.Kraken;

/// <summary>
/// Kraken spot REST (<c>/0/public/...</c>, <c>/0/private/...</c>), plain: private calls are form-encoded POSTs carrying a
/// nonce that rises with every call (one call at a time, so they arrive in order) and signed in API-Key/API-Sign
/// (<see cref="KrakenSigner"/>); answers are the <c>error</c>/<c>result</c> envelope and every error maps to our
/// hierarchy (<see cref="KrakenErrors"/>). Pairs and assets go by Kraken's ids (<c>XXBTZUSD</c>, <c>XXBT</c>), symbols
/// by unified names (<c>BTC/USD</c>). Candles come from <c>/0/public/OHLC</c> while they are among the 720 it keeps
/// and are built from <c>/0/public/Trades</c> (paged by its nanosecond cursor) before that. It neither retries nor
/// throttles: wrap it in <see cref="RetryingExchange"/> and <see cref="ThrottledExchange"/> (with the private budget);
/// it charges each public request it sends to the public budget itself, and its own extra private requests (the
/// read-back after a create or cancel, further pages) to the private one.
/// </summary>
public sealed class KrakenExchange : IExchange
{
    private const string Venue = "Kraken";

    /// <summary>How many candles of an interval <c>/0/public/OHLC</c> keeps (the most recent).</summary>
    public const int OhlcKeeps = 720;

    /// <summary>Pages of public trades (1000 each) one candle call reads at most.</summary>
    public const int MaxTradePagesPerCall = 100;

    /// <summary>Pages of 50 fills one <see cref="FetchMyTradesAsync"/> reads at most.</summary>
    public const int MaxTradeHistoryPages = 20;

    private readonly WireClient _wire;
    private readonly KrakenOptions _options;
    private readonly ExchangeCredentials? _credentials;
    private readonly TimeProvider _clock;
    private readonly ServerClock _server;
    private readonly WeightLimiter? _publicLimiter;
    private readonly WeightLimiter? _privateLimiter;
    private readonly ILogger _log;
    private readonly SemaphoreSlim _privateGate = new(1, 1);
    private readonly MarketCache _markets;
    private Dictionary<string, string> _assetCodes = new(StringComparer.Ordinal);
    private Dictionary<string, string> _symbolsByPair = new(StringComparer.Ordinal);
    private long _lastNonce;

    /// <param name="http">Client for the REST calls; its base address is ignored in favour of <paramref name="options"/>.</param>
    /// <param name="options">Base URL and timeout.</param>
    /// <param name="credentials">Key and secret (base64, as Kraken issues it) for private calls, or null for market data only.</param>
    /// <param name="clock">Local clock for nonces and timeouts.</param>
    /// <param name="publicLimiter">Charged for every public request, or null.</param>
    /// <param name="privateLimiter">Charged for the adapter's own extra private requests, or null.</param>
    /// <param name="log">Structured log.</param>
    public KrakenExchange(HttpClient http, KrakenOptions options, ExchangeCredentials? credentials, TimeProvider clock,
        WeightLimiter? publicLimiter, WeightLimiter? privateLimiter, ILogger log)
    {
        _wire = new WireClient(http, Venue, options.BaseUrl, options.Timeout, clock);
        _options = options;
        _credentials = credentials;
        _clock = clock;
        _server = new ServerClock(clock);
        _publicLimiter = publicLimiter;
        _privateLimiter = privateLimiter;
        _log = log.ForContext<KrakenExchange>();
        _markets = new MarketCache(FetchMarketsAsync, null, symbol => $"Kraken lists no spot market {symbol}; symbols look like BTC/USD (XBT is BTC).");
    }

    /// <inheritdoc />
    public string Name => ExchangeIds.Kraken;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Market>> LoadMarketsAsync(CancellationToken ct) => _markets.AllAsync(ct);

    // The venue's listing, read once by the market cache.
    private async Task<IReadOnlyDictionary<string, Market>> FetchMarketsAsync(CancellationToken ct)
    {
        var result = await GetAsync("/0/public/AssetPairs", [], "load markets", ct);
        var markets = new Dictionary<string, Market>(StringComparer.Ordinal);
        var assets = new Dictionary<string, string>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in result.Element.EnumerateObject())
        {
            var p = result.Field(pair.Name);
            if (p.OptionalField("status") is { } status && status.String() != "online") continue;
            // wsname holds the short names (XBT/USD) where the ids carry X/Z prefixes (XXBT, ZUSD).
            if (p.OptionalField("wsname")?.String().Split('/') is not [var wsBase, var wsQuote]) continue;
            string baseCode = KrakenAssets.Unified(wsBase), quoteCode = KrakenAssets.Unified(wsQuote);
            assets[p.String("base")] = baseCode;
            assets[p.String("quote")] = quoteCode;
            decimal tick = p.OptionalField("tick_size")?.Decimal() ?? Power10(p.Long("pair_decimals"));
            var market = new Market(pair.Name, $"{baseCode}/{quoteCode}", baseCode, quoteCode, tick, Power10(p.Long("lot_decimals")),
                p.Decimal("ordermin"), p.OptionalField("costmin")?.Decimal() ?? 0m);
            markets[market.Symbol] = market;
            pairs[pair.Name] = market.Symbol;
            pairs[p.String("altname")] = market.Symbol;
        }
        (_assetCodes, _symbolsByPair) = (assets, pairs);
        return markets;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Candles among the 720 most recent of the source interval come from <c>/0/public/OHLC</c>; older ones are built
    /// from <c>/0/public/Trades</c> (<see cref="KrakenTradeCandles"/>), at most <see cref="MaxTradePagesPerCall"/> pages
    /// of 1000 trades per call, so a deep range costs one public request per 1000 trades.
    /// </remarks>
    public async Task<IReadOnlyList<Candle>> FetchOhlcvAsync(string symbol, Timeframe timeframe, long? sinceMs, int limit, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var (source, minutes) = KrakenIntervals.For(timeframe);
        if (!_server.IsSynced) await _server.SyncAsync(FetchTimeAsync, ct);
        long now = _server.NowMs;
        // Two candles of slack for the clock: a since just inside the reach goes to the trades, never past the OHLC's start.
        long reach = source.FloorMs(now) - (OhlcKeeps - 2) * source.DurationMs;
        if (sinceMs is { } old && timeframe.CeilingMs(old) < reach)
        {
            _log.Debug("Kraken {Symbol} {Timeframe} from {Since} is older than the 720 candles OHLC keeps; building them from trades", symbol, timeframe, old);
            return await CandlesFromTradesAsync(market, symbol, timeframe, timeframe.CeilingMs(old), reach, Math.Max(1, limit), ct);
        }

        int perCandle = source == timeframe ? 1 : timeframe.IsCalendar ? 31 : (int)(timeframe.DurationMs / source.DurationMs);
        int wanted = Math.Clamp(limit, 1, OhlcKeeps / perCandle);
        var query = new List<(string, string)> { ("pair", market.Id), ("interval", Int(minutes)) };
        long? start = sinceMs is { } s ? timeframe.CeilingMs(s) : null;
        if (start is { } from) query.Add(("since", Long(from / 1000)));
        var result = await GetAsync("/0/public/OHLC", query, $"fetch OHLCV {symbol} {timeframe}", ct);
        var rows = result.Field(market.Id).Items()
            .Select(r => new Candle(r.At(0).Long() * 1000, r.At(1).Double(), r.At(2).Double(), r.At(3).Double(), r.At(4).Double(), r.At(6).Double()))
            .Where(c => start is null || c.OpenTimeMs >= start)
            .ToList();
        if (source == timeframe) return start is null ? [.. rows.TakeLast(wanted)] : [.. rows.Take(wanted)];
        // Only buckets whose every source candle could have arrived: a bucket holding the forming candle is left out.
        var built = CandleResampler.Resample(rows, source, timeframe, knownUntilMs: now);
        return start is null ? [.. built.TakeLast(wanted)] : [.. built.Take(wanted)];
    }

    private async Task<IReadOnlyList<Candle>> CandlesFromTradesAsync(Market market, string symbol, Timeframe timeframe, long startMs, long reachMs, int limit, CancellationToken ct)
    {
        long stopAt = startMs;
        for (int i = 0; i < limit && stopAt < reachMs; i++) stopAt = timeframe.NextOpenMs(stopAt);
        stopAt = Math.Min(stopAt, reachMs);
        var trades = new List<(long, double, double)>();
        // Kraken's cursor is exclusive: one nanosecond before the start includes a trade at the start itself.
        string cursor = Long(startMs * 1_000_000 - 1);
        long knownUntil = startMs;
        for (int page = 0; page < MaxTradePagesPerCall; page++)
        {
            var result = await GetAsync("/0/public/Trades", [("pair", market.Id), ("since", cursor), ("count", "1000")], $"fetch trades {symbol} for {timeframe} candles", ct);
            var rows = result.Field(market.Id).Items().ToList();
            string next = result.Field("last").Element.ValueKind == JsonValueKind.Number ? result.Field("last").Long().ToString(CultureInfo.InvariantCulture) : result.String("last");
            if (rows.Count == 0 || next == cursor)
            {
                // Nothing newer: every trade up to the venue's now has been seen.
                knownUntil = _server.NowMs;
                break;
            }
            bool done = false;
            foreach (var r in rows)
            {
                long timeMs = (long)(r.At(2).Decimal() * 1000m);
                knownUntil = Math.Max(knownUntil, timeMs);
                if (timeMs >= stopAt)
                {
                    done = true;
                    break;
                }
                if (timeMs >= startMs) trades.Add((timeMs, r.At(0).Double(), r.At(1).Double()));
            }
            cursor = next;
            if (done)
            {
                knownUntil = stopAt;
                break;
            }
        }
        var candles = KrakenTradeCandles.Build(trades, timeframe, knownUntil);
        return candles.Count > limit ? [.. candles.Take(limit)] : candles;
    }

    /// <inheritdoc />
    public async Task<Ticker> FetchTickerAsync(string symbol, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var result = await GetAsync("/0/public/Ticker", [("pair", market.Id)], $"fetch ticker {symbol}", ct);
        var t = result.Field(market.Id);
        // Arrays: [today, last 24 h] for high/low/volume; [price, ...] for last, bid and ask; o is today's open.
        return new Ticker(symbol, _server.IsSynced ? _server.NowMs : _server.LocalMs, t.Field("c").At(0).Decimal(), t.Field("b").At(0).Decimal(), t.Field("a").At(0).Decimal(),
            t.Field("h").At(1).Decimal(), t.Field("l").At(1).Decimal(), t.Decimal("o"), t.Field("v").At(1).Decimal());
    }

    /// <inheritdoc />
    public async Task<Balance> FetchBalanceAsync(CancellationToken ct)
    {
        await LoadMarketsAsync(ct);
        var result = await PostAsync("/0/private/BalanceEx", [], "fetch balance", ct);
        var assets = new Dictionary<string, BalanceEntry>(StringComparer.Ordinal);
        foreach (var asset in result.Element.EnumerateObject())
        {
            var a = result.Field(asset.Name);
            decimal total = a.Decimal("balance"), held = a.OptionalField("hold_trade")?.Decimal() ?? 0m;
            assets[AssetCode(asset.Name)] = new BalanceEntry(total - held, held);
        }
        return new Balance(_server.IsSynced ? _server.NowMs : _server.LocalMs, assets);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CreateOrderAsync(string symbol, OrderType type, OrderSide side, decimal amount, decimal? price, string clientOrderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var market = await MarketAsync(symbol, ct);
        var (qty, px) = market.PrepareOrder(type, side, amount, price, referencePrice: null);
        var body = OrderFields(market, side, type == OrderType.Market ? "market" : "limit", qty, clientOrderId, postOnly: type == OrderType.LimitMaker);
        if (px is { } p) body.Add(("price", Plain(p)));
        string what = $"create {type} order {side} {Plain(qty)} {symbol}{(px is null ? "" : " at " + Plain(px.Value))} ({clientOrderId})";
        return await PlaceAsync(symbol, body, clientOrderId, what, ct);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CreateStopLimitOrderAsync(string symbol, OrderSide side, decimal amount, decimal stopPrice, decimal limitPrice, string clientOrderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var market = await MarketAsync(symbol, ct);
        var (qty, px) = market.PrepareOrder(OrderType.StopLossLimit, side, amount, limitPrice, referencePrice: null);
        decimal stop = market.RoundPrice(stopPrice);
        if (stop <= 0) throw new InvalidOrderException($"{side} {symbol}: stop price {Plain(stopPrice)} is below the tick size {Plain(market.TickSize)}.");
        // Kraken triggers a stop-loss as soon as the last price is at or past it: one already crossed would execute at
        // once. Refuse it here, as Binance does.
        decimal last = (await FetchTickerAsync(symbol, ct)).Last;
        if (side == OrderSide.Sell ? stop >= last : stop <= last)
            throw new OrderWouldTriggerException($"{side} {symbol}: stop {Plain(stop)} is already crossed by the last price {Plain(last)}; place the stop beyond the last price, or exit at market.");
        // stop-loss-limit: price is the trigger, price2 the limit.
        var body = OrderFields(market, side, "stop-loss-limit", qty, clientOrderId);
        body.Add(("price", Plain(stop)));
        body.Add(("price2", Plain(px!.Value)));
        return await PlaceAsync(symbol, body, clientOrderId, $"create stop-limit order {side} {Plain(qty)} {symbol} stop {Plain(stop)} at {Plain(px.Value)} ({clientOrderId})", ct);
    }

    private static List<(string, string)> OrderFields(Market market, OrderSide side, string orderType, decimal qty, string clientOrderId, bool postOnly = false) =>
    [
        ("pair", market.Id), ("type", SideName(side)), ("ordertype", orderType), ("volume", Plain(qty)),
        // The fee in the asset received (base on a buy, quote on a sell), as on every other venue here; post: Kraken's
        // post-only flag (a limit order that would take is refused with EOrder:Post only order).
        ("oflags", (side == OrderSide.Buy ? "fcib" : "fciq") + (postOnly ? ",post" : "")),
        ("cl_ord_id", KrakenClientIds.ToWire(clientOrderId)),
    ];

    private async Task<ExchangeOrder> PlaceAsync(string symbol, List<(string, string)> body, string clientOrderId, string what, CancellationToken ct)
    {
        var placed = await PostAsync("/0/private/AddOrder", body, what, ct);
        // Kraken acknowledges with the txid and a description only; the order's state is read back.
        await ChargePrivateAsync(KrakenLimits.Spot.FetchOrder, ct);
        var order = await QueryByIdAsync(symbol, placed.Field("txid").At(0).String(), ct);
        return order with { ClientOrderId = clientOrderId };
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> CancelOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        await MarketAsync(symbol, ct);
        await PostAsync("/0/private/CancelOrder", [Ref(order)], $"cancel {order} on {symbol}", ct);
        await ChargePrivateAsync(KrakenLimits.Spot.FetchOrder, ct);
        return await FetchOrderAsync(symbol, order, ct);
    }

    /// <inheritdoc />
    public async Task<ExchangeOrder> FetchOrderAsync(string symbol, OrderRef order, CancellationToken ct)
    {
        await MarketAsync(symbol, ct);
        if (order.Id is { } id) return await QueryByIdAsync(symbol, id, ct);
        // By client id: the open orders first, then the closed ones (Kraken finds either by cl_ord_id).
        string clientId = order.ClientOrderId!;
        var wire = KrakenClientIds.ToWire(clientId);
        var open = await PostAsync("/0/private/OpenOrders", [("cl_ord_id", wire)], $"fetch {order} on {symbol}", ct);
        var found = Orders(open.Field("open")).FirstOrDefault(o => o.Symbol == symbol);
        if (found is null)
        {
            await ChargePrivateAsync(KrakenLimits.Spot.FetchOrder, ct);
            var closed = await PostAsync("/0/private/ClosedOrders", [("cl_ord_id", wire)], $"fetch {order} on {symbol}", ct);
            found = Orders(closed.Field("closed")).Where(o => o.Symbol == symbol).OrderByDescending(o => o.TimestampMs).FirstOrDefault();
        }
        return found is null
            ? throw new OrderNotFoundException($"fetch {order} on {symbol}: Kraken knows no such order; the client order id is unknown.")
            : found with { ClientOrderId = clientId };
    }

    private async Task<ExchangeOrder> QueryByIdAsync(string symbol, string id, CancellationToken ct)
    {
        var result = await PostAsync("/0/private/QueryOrders", [("txid", id)], $"fetch order {id} on {symbol}", ct);
        return Orders(result).FirstOrDefault(o => o.Id == id)
            ?? throw new OrderNotFoundException($"fetch order {id} on {symbol}: Kraken knows no such order.");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExchangeOrder>> FetchOpenOrdersAsync(string symbol, CancellationToken ct)
    {
        await MarketAsync(symbol, ct);
        var result = await PostAsync("/0/private/OpenOrders", [], $"fetch open orders {symbol}", ct);
        return [.. Orders(result.Field("open")).Where(o => o.Symbol == symbol && o.Status == OrderStatus.Open).OrderBy(o => o.TimestampMs)];
    }

    /// <inheritdoc />
    /// <remarks>
    /// Kraken serves fills newest first, 50 a page, from <c>start</c>; the adapter follows the pages (<c>ofs</c>, each
    /// charged to the private budget) up to <see cref="MaxTradeHistoryPages"/> and returns the oldest
    /// <paramref name="limit"/> from <paramref name="sinceMs"/>, or the newest <paramref name="limit"/> without it, oldest first.
    /// </remarks>
    public async Task<IReadOnlyList<ExchangeTrade>> FetchMyTradesAsync(string symbol, long? sinceMs, int limit, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        var trades = new List<ExchangeTrade>();
        int seen = 0;
        for (int page = 0; page < MaxTradeHistoryPages; page++)
        {
            var query = new List<(string, string)> { ("ofs", Int(seen)) };
            if (sinceMs is { } since) query.Add(("start", Seconds(since - 1)));
            if (page > 0) await ChargePrivateAsync(KrakenLimits.Spot.FetchMyTrades, ct);
            var result = await PostAsync("/0/private/TradesHistory", query, $"fetch my trades {symbol}", ct);
            var rows = result.Field("trades");
            int count = 0;
            foreach (var entry in rows.Element.EnumerateObject())
            {
                count++;
                var t = rows.Field(entry.Name);
                if (!_symbolsByPair.TryGetValue(t.String("pair"), out var tradeSymbol) || tradeSymbol != symbol) continue;
                var side = ParseSide(t.String("type"), symbol);
                long timeMs = (long)(t.Decimal("time") * 1000m);
                if (sinceMs is { } s && timeMs < s) continue;
                bool maker = t.OptionalField("maker")?.Element.ValueKind == JsonValueKind.True;
                trades.Add(new ExchangeTrade(entry.Name, t.String("ordertxid"), symbol, side, t.Decimal("price"), t.Decimal("vol"), t.Decimal("cost"),
                    t.Decimal("fee"), side == OrderSide.Buy ? market.Base : market.Quote, maker, timeMs));
            }
            seen += count;
            if (count == 0 || seen >= result.Long("count")) break;
        }
        return NewestFirstTrades.Window(trades, sinceMs, limit);
    }

    /// <inheritdoc />
    public async Task<long> FetchTimeAsync(CancellationToken ct)
    {
        var result = await GetAsync("/0/public/Time", [], "fetch time", ct);
        return result.Long("unixtime") * 1000;
    }

    private IEnumerable<ExchangeOrder> Orders(WirePayload byTxid) =>
        byTxid.Element.EnumerateObject().Select(e => ParseOrder(e.Name, byTxid.Field(e.Name))).OfType<ExchangeOrder>().ToList();

    // Null for an order in a market this adapter does not list.
    private ExchangeOrder? ParseOrder(string txid, WirePayload o)
    {
        var d = o.Field("descr");
        if (!_symbolsByPair.TryGetValue(d.String("pair"), out var symbol)) return null;
        var status = o.String("status") switch
        {
            "pending" or "open" => OrderStatus.Open,
            "closed" => OrderStatus.Closed,
            "canceled" or "expired" => OrderStatus.Canceled,
            var other => throw new ExchangeException($"Kraken reported an unknown order status '{other}' for {symbol}."),
        };
        var type = d.String("ordertype") switch
        {
            "market" => OrderType.Market,
            "limit" when (o.OptionalField("oflags")?.String() ?? "").Split(',').Contains("post") => OrderType.LimitMaker,
            "limit" => OrderType.Limit,
            "stop-loss-limit" => OrderType.StopLossLimit,
            var other => throw new ExchangeException($"Kraken reported order type '{other}' for {symbol}, which this adapter does not handle."),
        };
        decimal filled = o.Decimal("vol_exec"), cost = o.Decimal("cost");
        long opened = (long)(o.Decimal("opentm") * 1000m);
        long closed = o.OptionalField("closetm") is { } c ? (long)(c.Decimal() * 1000m) : 0;
        decimal? price = type switch
        {
            OrderType.Market => null,
            OrderType.StopLossLimit => d.Decimal("price2"),
            _ => d.Decimal("price"),
        };
        string clientId = o.OptionalField("cl_ord_id")?.String() ?? "";
        return new ExchangeOrder(txid, clientId, symbol, type, ParseSide(d.String("type"), symbol), status, price, o.Decimal("vol"), filled, cost,
            filled > 0 ? cost / filled : null, opened, closed > 0 ? closed : opened, type == OrderType.StopLossLimit ? d.Decimal("price") : null);
    }

    private static OrderSide ParseSide(string side, string symbol) => side switch
    {
        "buy" => OrderSide.Buy,
        "sell" => OrderSide.Sell,
        var other => throw new ExchangeException($"Kraken reported order side '{other}' for {symbol}."),
    };

    private string AssetCode(string krakenId)
    {
        if (_assetCodes.TryGetValue(krakenId, out var code)) return code;
        // Assets outside every listed pair: strip the legacy X/Z prefix of a four-letter id (XXBT, ZUSD).
        string name = krakenId.Length == 4 && krakenId[0] is 'X' or 'Z' ? krakenId[1..] : krakenId;
        return KrakenAssets.Unified(name);
    }

    private Task<Market> MarketAsync(string symbol, CancellationToken ct) => _markets.OfAsync(symbol, ct);

    private static string SideName(OrderSide side) => side == OrderSide.Buy ? "buy" : "sell";

    private static (string, string) Ref(OrderRef order) => order.Id is { } id ? ("txid", id) : ("cl_ord_id", KrakenClientIds.ToWire(order.ClientOrderId!));

    private static decimal Power10(long decimals) => decimals is >= 0 and <= 28 ? 1m / (decimal)Math.Pow(10, decimals) : throw new ExchangeException($"Kraken answered with {decimals} decimals, which no market has.");

    private static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Long(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(long ms) => (ms / 1000m).ToString("0.###", CultureInfo.InvariantCulture);

    private Task ChargePrivateAsync(int calls, CancellationToken ct) => _privateLimiter?.AcquireAsync(calls, ct) ?? Task.CompletedTask;

    private static string Form(IEnumerable<(string Key, string Value)> fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    private async Task<WirePayload> GetAsync(string path, List<(string Key, string Value)> query, string what, CancellationToken ct)
    {
        if (_publicLimiter is not null) await _publicLimiter.AcquireAsync(1, ct);
        string text = Form(query);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_options.BaseUrl, path + (text.Length > 0 ? "?" + text : "")));
        return Read(await _wire.SendAsync(request, what, changesState: false, ct), what, changesState: false);
    }

    private async Task<WirePayload> PostAsync(string path, List<(string Key, string Value)> fields, string what, CancellationToken ct)
    {
        if (_credentials is null) throw new AuthenticationException($"{what} needs API credentials; set {ExchangeCredentials.KeyVariable(ExchangeIds.Kraken)} and {ExchangeCredentials.SecretVariable(ExchangeIds.Kraken)}.");
        // One private call at a time: Kraken refuses a nonce not above the last it saw, so they must arrive in order.
        await _privateGate.WaitAsync(ct);
        try
        {
            string nonce = Long(NextNonce());
            string body = Form([("nonce", nonce), .. fields]);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.BaseUrl, path));
            request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
            request.Headers.Add("API-Key", _credentials.Key.Reveal());
            string signature;
            try { signature = KrakenSigner.Sign(_credentials.Secret.Reveal(), path, nonce, body); }
            catch (FormatException) { throw new AuthenticationException($"{what}: {ExchangeCredentials.SecretVariable(ExchangeIds.Kraken)} is not base64, as Kraken issues its secrets."); }
            request.Headers.Add("API-Sign", signature);
            // Every private call is a POST; only these two change state.
            bool changesState = path is "/0/private/AddOrder" or "/0/private/CancelOrder";
            return Read(await _wire.SendAsync(request, what, changesState, ct), what, changesState);
        }
        finally
        {
            _privateGate.Release();
        }
    }

    // Milliseconds of the local clock, raised past the last nonce when the clock has not moved (or went back).
    private long NextNonce()
    {
        long next = Math.Max(_clock.GetUtcNow().ToUnixTimeMilliseconds(), _lastNonce + 1);
        _lastNonce = next;
        return next;
    }

    private static WirePayload Read(WireResponse response, string what, bool changesState)
    {
        var errors = new List<string>();
        if (response.Json is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("error", out var list) && list.ValueKind == JsonValueKind.Array)
            errors.AddRange(list.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!));
        if (response.IsSuccess && errors.Count == 0)
        {
            return response.Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("result", out _)
                ? new WirePayload(json, Venue, what).Field("result")
                : throw new ExchangeException($"Kraken answered {what} without a result ({(response.Body.Length > 80 ? response.Body[..80] + "..." : response.Body)}).");
        }
        // Kraken's counter frees one call every 1 / 0.33 s; a 429 says its own wait.
        var retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(Math.Ceiling(1 / KrakenLimits.PrivateDecayPerSecond));
        throw KrakenErrors.Map((int)response.Status, errors, what, retryAfter, changesState);
    }
}
