using System.Globalization;
using Trader.Domain;

namespace Trader.ExchangeSim.Dialects.Kraken;

/// <summary>The JSON shapes of Kraken spot answers (inside the <c>result</c> of the envelope), built from the venue's records.</summary>
public static class KrakenJson
{
    /// <summary>Kraken's plain decimal strings.</summary>
    public static string D(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string D(double value) => D((decimal)value);

    /// <summary>Seconds since the epoch with sub-second digits, as Kraken stamps orders and trades.</summary>
    public static decimal Seconds(long ms) => ms / 1000m;

    /// <summary>The decimal places of a step or tick (0.00001 → 5).</summary>
    public static int Decimals(decimal step)
    {
        int places = 0;
        for (; step % 1 != 0 && places < 28; places++) step *= 10;
        return places;
    }

    public static object Pair(Market m) => new
    {
        altname = KrakenNames.Altname(m),
        wsname = KrakenNames.WsName(m),
        aclass_base = "currency",
        @base = KrakenNames.AssetId(m.Base),
        aclass_quote = "currency",
        quote = KrakenNames.AssetId(m.Quote),
        lot = "unit",
        cost_decimals = Decimals(m.TickSize),
        pair_decimals = Decimals(m.TickSize),
        lot_decimals = Decimals(m.StepSize),
        lot_multiplier = 1,
        leverage_buy = Array.Empty<int>(),
        leverage_sell = Array.Empty<int>(),
        fees = new[] { new[] { 0m, 0.26m } },
        fees_maker = new[] { new[] { 0m, 0.16m } },
        fee_volume_currency = "ZUSD",
        margin_call = 80,
        margin_stop = 40,
        ordermin = D(m.MinAmount),
        costmin = D(m.MinNotional),
        tick_size = D(m.TickSize),
        status = "online",
    };

    public static object Asset(string code, int decimals) => new
    {
        aclass = "currency",
        altname = KrakenNames.Short(code),
        decimals,
        display_decimals = Math.Min(decimals, 5),
        status = "enabled",
    };

    public static object Ticker(Ticker t) => new
    {
        a = new[] { D(t.Ask ?? t.Last), "1", "1.000" },
        b = new[] { D(t.Bid ?? t.Last), "1", "1.000" },
        c = new[] { D(t.Last), "0.00100000" },
        v = new[] { D(t.BaseVolume ?? 0m), D(t.BaseVolume ?? 0m) },
        p = new[] { D(t.Last), D(t.Last) },
        t = new[] { 0, 0 },
        l = new[] { D(t.Low ?? t.Last), D(t.Low ?? t.Last) },
        h = new[] { D(t.High ?? t.Last), D(t.High ?? t.Last) },
        o = D(t.Open ?? t.Last),
    };

    /// <summary>One OHLC row: time (s), open, high, low, close, vwap, volume, count.</summary>
    public static object[] Ohlc(Candle c) =>
        [c.OpenTimeMs / 1000, D(c.Open), D(c.High), D(c.Low), D(c.Close), D((c.Open + c.High + c.Low + c.Close) / 4), D(c.Volume), c.Volume > 0 ? 4 : 0];

    /// <summary>One public trade: price, volume, time (s), side b/s, type m/l, misc, trade id.</summary>
    public static object[] Trade(KrakenPublicTrades.Trade t) =>
        [D(t.Price), D(t.Volume), t.TimeNs / 1_000_000_000m, t.Buy ? "b" : "s", "m", "", t.Id];

    public static string Status(ExchangeOrder o) => o.Status switch
    {
        OrderStatus.Open => "open",
        OrderStatus.Closed => "closed",
        OrderStatus.Canceled or OrderStatus.Rejected => "canceled",
        _ => "expired",
    };

    public static string OrderType(ExchangeOrder o) => o.Type switch
    {
        Domain.OrderType.Market => "market",
        Domain.OrderType.StopLossLimit => "stop-loss-limit",
        _ => "limit",
    };

    /// <summary>descr.order, e.g. <c>buy 1.25000000 XBTUSD @ limit 37500.0</c>.</summary>
    public static string Description(ExchangeOrder o, Market m) =>
        $"{(o.Side == OrderSide.Buy ? "buy" : "sell")} {D(o.Amount)} {KrakenNames.Altname(m)} @ " + o.Type switch
        {
            Domain.OrderType.Market => "market",
            Domain.OrderType.StopLossLimit => $"stop loss {D(o.StopPrice ?? 0m)} -> limit {D(o.Price ?? 0m)}",
            _ => $"limit {D(o.Price ?? 0m)}",
        };

    public static object Order(ExchangeOrder o, Market m, decimal fee, IEnumerable<string>? trades) => new
    {
        refid = (string?)null,
        userref = 0,
        cl_ord_id = string.IsNullOrEmpty(o.ClientOrderId) ? null : o.ClientOrderId,
        status = Status(o),
        reason = (string?)null,
        opentm = Seconds(o.TimestampMs),
        closetm = o.Status == OrderStatus.Open ? (decimal?)null : Seconds(o.LastUpdateMs),
        starttm = 0,
        expiretm = 0,
        descr = new
        {
            pair = KrakenNames.Altname(m),
            type = o.Side == OrderSide.Buy ? "buy" : "sell",
            ordertype = OrderType(o),
            // stop-loss-limit: price is the trigger, price2 the limit.
            price = D(o.Type == Domain.OrderType.StopLossLimit ? o.StopPrice ?? 0m : o.Price ?? 0m),
            price2 = D(o.Type == Domain.OrderType.StopLossLimit ? o.Price ?? 0m : 0m),
            leverage = "none",
            order = Description(o, m),
            close = "",
        },
        vol = D(o.Amount),
        vol_exec = D(o.Filled),
        cost = D(o.Cost),
        fee = D(fee),
        price = D(o.Average ?? 0m),
        stopprice = D(o.StopPrice ?? 0m),
        limitprice = D(o.Type == Domain.OrderType.StopLossLimit ? o.Price ?? 0m : 0m),
        misc = "",
        // The venue charges the fee in the asset received: base on a buy, quote on a sell.
        oflags = (o.Side == OrderSide.Buy ? "fcib" : "fciq") + (o.Type == Domain.OrderType.LimitMaker ? ",post" : ""),
        trades = trades?.ToArray(),
    };

    public static object OwnTrade(ExchangeTrade t, ExchangeOrder o, Market m) => new
    {
        ordertxid = KrakenNames.OrderTxid(t.OrderId),
        postxid = "TKH2SE-M7IF5-CFI7LT",
        pair = KrakenNames.PairId(m),
        time = Seconds(t.TimestampMs),
        type = t.Side == OrderSide.Buy ? "buy" : "sell",
        ordertype = OrderType(o),
        price = D(t.Price),
        cost = D(t.Cost),
        fee = D(t.Fee),
        vol = D(t.Amount),
        margin = "0.00000",
        leverage = "0",
        misc = "",
        trade_id = long.Parse(t.Id, CultureInfo.InvariantCulture),
        maker = t.IsMaker,
    };
}
