using System.Globalization;
using Trader.Domain;

namespace Trader.ExchangeSim.Dialects.Coinbase;

/// <summary>The JSON shapes of Coinbase Advanced Trade v3 answers, built from the venue's records.</summary>
public static class CoinbaseJson
{
    /// <summary>Coinbase's plain decimal strings.</summary>
    public static string D(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string D(double value) => D((decimal)value);

    /// <summary>RFC 3339 UTC with microseconds, as Coinbase writes times.</summary>
    public static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Coinbase's product id of a market: <c>BTC-USD</c>.</summary>
    public static string ProductId(Market m) => $"{m.Base}-{m.Quote}";

    public static object Product(Market m, Ticker t) => new
    {
        product_id = ProductId(m),
        price = D(t.Last),
        price_percentage_change_24h = t.Open is { } open && open > 0 ? D(Math.Round((t.Last - open) / open * 100, 8)) : "0",
        volume_24h = D(t.BaseVolume ?? 0m),
        volume_percentage_change_24h = "0",
        base_increment = D(m.StepSize),
        quote_increment = D(m.TickSize),
        quote_min_size = D(m.MinNotional),
        quote_max_size = "150000000",
        base_min_size = D(m.MinAmount),
        base_max_size = "9000",
        base_name = m.Base,
        quote_name = m.Quote,
        watched = false,
        is_disabled = false,
        @new = false,
        status = "online",
        cancel_only = false,
        limit_only = false,
        post_only = false,
        trading_disabled = false,
        auction_mode = false,
        product_type = "SPOT",
        quote_currency_id = m.Quote,
        base_currency_id = m.Base,
        fcm_trading_session_details = (object?)null,
        mid_market_price = "",
        alias = "",
        alias_to = Array.Empty<string>(),
        base_display_symbol = m.Base,
        quote_display_symbol = m.Quote,
        view_only = false,
        price_increment = D(m.TickSize),
        display_name = ProductId(m),
        product_venue = "CBE",
    };

    public static object Candle(Candle c) => new
    {
        start = (c.OpenTimeMs / 1000).ToString(CultureInfo.InvariantCulture),
        low = D(c.Low), high = D(c.High), open = D(c.Open), close = D(c.Close), volume = D(c.Volume),
    };

    public static object Account(string asset, BalanceEntry e, bool fiat) => new
    {
        uuid = Uuid(asset),
        name = $"{asset} Wallet",
        currency = asset,
        available_balance = new { value = D(e.Free), currency = asset },
        @default = true,
        active = true,
        created_at = "2024-01-01T00:00:00Z",
        updated_at = "2024-01-01T00:00:00Z",
        deleted_at = (string?)null,
        type = fiat ? "ACCOUNT_TYPE_FIAT" : "ACCOUNT_TYPE_CRYPTO",
        ready = true,
        hold = new { value = D(e.Used), currency = asset },
        retail_portfolio_id = "00000000-0000-0000-0000-000000000001",
    };

    // A stable UUID-shaped account id per asset (Coinbase's are UUIDs).
    private static string Uuid(string asset)
    {
        var hex = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(asset)));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    public static string Status(ExchangeOrder o) => o.Status switch
    {
        OrderStatus.Open => "OPEN",
        OrderStatus.Closed => "FILLED",
        OrderStatus.Canceled => "CANCELLED",
        OrderStatus.Rejected => "FAILED",
        _ => "EXPIRED",
    };

    public static (string Name, object Body) Configuration(ExchangeOrder o) => o.Type switch
    {
        OrderType.Market => ("market_market_ioc", new { base_size = D(o.Amount) }),
        OrderType.StopLossLimit => ("stop_limit_stop_limit_gtc", new
        {
            base_size = D(o.Amount), limit_price = D(o.Price ?? 0m), stop_price = D(o.StopPrice ?? 0m),
            stop_direction = o.Side == OrderSide.Sell ? "STOP_DIRECTION_STOP_DOWN" : "STOP_DIRECTION_STOP_UP",
        }),
        _ => ("limit_limit_gtc", new { base_size = D(o.Amount), limit_price = D(o.Price ?? 0m), post_only = o.Type == OrderType.LimitMaker }),
    };

    public static object Order(ExchangeOrder o, Market m, decimal feesInQuote, int fills, long? lastFillMs)
    {
        var (name, body) = Configuration(o);
        return new
        {
            order_id = o.Id,
            product_id = ProductId(m),
            user_id = "sim-user",
            order_configuration = new Dictionary<string, object> { [name] = body },
            side = o.Side == OrderSide.Buy ? "BUY" : "SELL",
            client_order_id = o.ClientOrderId,
            status = Status(o),
            time_in_force = o.Type == OrderType.Market ? "IMMEDIATE_OR_CANCEL" : "GOOD_UNTIL_CANCELLED",
            created_time = Time(o.TimestampMs),
            completion_percentage = o.Amount > 0 ? D(Math.Round(o.Filled / o.Amount * 100, 2)) : "0",
            filled_size = D(o.Filled),
            average_filled_price = D(o.Average ?? 0m),
            fee = "",
            number_of_fills = fills.ToString(CultureInfo.InvariantCulture),
            filled_value = D(o.Cost),
            pending_cancel = false,
            size_in_quote = false,
            total_fees = D(feesInQuote),
            size_inclusive_of_fees = false,
            total_value_after_fees = D(o.Side == OrderSide.Buy ? o.Cost + feesInQuote : o.Cost - feesInQuote),
            // A stop waits (STOP_PENDING) until the venue stamps its trigger as an update.
            trigger_status = o.StopPrice is null ? "INVALID_ORDER_TYPE" : o.LastUpdateMs == o.TimestampMs && o.Status == OrderStatus.Open ? "STOP_PENDING" : "STOP_TRIGGERED",
            order_type = o.Type switch { OrderType.Market => "MARKET", OrderType.StopLossLimit => "STOP_LIMIT", _ => "LIMIT" },
            reject_reason = "REJECT_REASON_UNSPECIFIED",
            settled = o.Status != OrderStatus.Open,
            product_type = "SPOT",
            reject_message = "",
            cancel_message = o.Status == OrderStatus.Canceled ? "User requested cancel" : "",
            order_placement_source = "RETAIL_ADVANCED",
            outstanding_hold_amount = "0",
            is_liquidation = false,
            last_fill_time = lastFillMs is { } at ? Time(at) : null,
            edit_history = Array.Empty<object>(),
            leverage = "",
            margin_type = "UNKNOWN_MARGIN_TYPE",
            retail_portfolio_id = "00000000-0000-0000-0000-000000000001",
        };
    }

    /// <summary>One fill; Coinbase charges commission in the quote currency (the dialect runs the core with fees in the quote).</summary>
    public static object Fill(ExchangeTrade t, Market m) => new
    {
        entry_id = t.Id,
        trade_id = t.Id,
        order_id = t.OrderId,
        trade_time = Time(t.TimestampMs),
        trade_type = "FILL",
        price = D(t.Price),
        size = D(t.Amount),
        commission = D(t.Fee),
        product_id = ProductId(m),
        sequence_timestamp = Time(t.TimestampMs),
        liquidity_indicator = t.IsMaker ? "MAKER" : "TAKER",
        size_in_quote = false,
        user_id = "sim-user",
        side = t.Side == OrderSide.Buy ? "BUY" : "SELL",
        retail_portfolio_id = "00000000-0000-0000-0000-000000000001",
    };
}
