using System.Globalization;
using Trader.Domain;

namespace Trader.ExchangeSim.Dialects.Binance;

/// <summary>The exact JSON shapes of Binance spot REST v3 answers, built from the venue's records.</summary>
public static class BinanceJson
{
    public static string D(decimal value) => value.ToString("0.00000000", CultureInfo.InvariantCulture);

    private static string D(double value) => ((decimal)value).ToString("0.00000000", CultureInfo.InvariantCulture);

    public static object Symbol(Market m) => new
    {
        symbol = m.Id,
        status = "TRADING",
        baseAsset = m.Base,
        baseAssetPrecision = 8,
        quoteAsset = m.Quote,
        quotePrecision = 8,
        quoteAssetPrecision = 8,
        baseCommissionPrecision = 8,
        quoteCommissionPrecision = 8,
        orderTypes = new[] { "LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS_LIMIT" },
        icebergAllowed = false,
        ocoAllowed = false,
        otoAllowed = false,
        quoteOrderQtyMarketAllowed = false,
        allowTrailingStop = false,
        cancelReplaceAllowed = false,
        isSpotTradingAllowed = true,
        isMarginTradingAllowed = false,
        filters = new object[]
        {
            new { filterType = "PRICE_FILTER", minPrice = D(m.TickSize), maxPrice = D(1_000_000m), tickSize = D(m.TickSize) },
            new { filterType = "LOT_SIZE", minQty = D(m.MinAmount), maxQty = D(9_000m), stepSize = D(m.StepSize) },
            new { filterType = "NOTIONAL", minNotional = D(m.MinNotional), applyMinToMarket = true, maxNotional = D(9_000_000m), applyMaxToMarket = false, avgPriceMins = 5 },
        },
        permissions = Array.Empty<string>(),
        permissionSets = new[] { new[] { "SPOT" } },
        defaultSelfTradePreventionMode = "NONE",
        allowedSelfTradePreventionModes = new[] { "NONE" },
    };

    public static string Status(ExchangeOrder o) => o.Status switch
    {
        OrderStatus.Open => o.Filled > 0 ? "PARTIALLY_FILLED" : "NEW",
        OrderStatus.Closed => "FILLED",
        OrderStatus.Canceled => "CANCELED",
        OrderStatus.Rejected => "REJECTED",
        _ => "EXPIRED",
    };

    /// <summary>Binance's name of an order type.</summary>
    public static string TypeName(OrderType type) => type switch
    {
        OrderType.Limit => "LIMIT",
        OrderType.LimitMaker => "LIMIT_MAKER",
        OrderType.StopLossLimit => "STOP_LOSS_LIMIT",
        _ => "MARKET",
    };

    public static object Order(ExchangeOrder o, string venueSymbol) => new
    {
        symbol = venueSymbol,
        orderId = long.Parse(o.Id, CultureInfo.InvariantCulture),
        orderListId = ListId(o),
        clientOrderId = o.ClientOrderId,
        price = D(o.Price ?? 0m),
        origQty = D(o.Amount),
        executedQty = D(o.Filled),
        cummulativeQuoteQty = D(o.Cost),
        status = Status(o),
        timeInForce = "GTC",
        type = TypeName(o.Type),
        side = o.Side == OrderSide.Buy ? "BUY" : "SELL",
        stopPrice = D(o.StopPrice ?? 0m),
        icebergQty = D(0m),
        time = o.TimestampMs,
        updateTime = o.LastUpdateMs,
        isWorking = true,
        workingTime = o.TimestampMs,
        origQuoteOrderQty = D(0m),
        selfTradePreventionMode = "NONE",
    };

    public static object NewOrderFull(ExchangeOrder o, string venueSymbol, IEnumerable<ExchangeTrade> fills) => new
    {
        symbol = venueSymbol,
        orderId = long.Parse(o.Id, CultureInfo.InvariantCulture),
        orderListId = ListId(o),
        clientOrderId = o.ClientOrderId,
        transactTime = o.TimestampMs,
        price = D(o.Price ?? 0m),
        origQty = D(o.Amount),
        executedQty = D(o.Filled),
        origQuoteOrderQty = D(0m),
        cummulativeQuoteQty = D(o.Cost),
        status = Status(o),
        timeInForce = "GTC",
        type = TypeName(o.Type),
        side = o.Side == OrderSide.Buy ? "BUY" : "SELL",
        stopPrice = D(o.StopPrice ?? 0m),
        workingTime = o.TimestampMs,
        selfTradePreventionMode = "NONE",
        fills = fills.Select(f => new
        {
            price = D(f.Price),
            qty = D(f.Amount),
            commission = D(f.Fee),
            commissionAsset = f.FeeAsset,
            tradeId = long.Parse(f.Id, CultureInfo.InvariantCulture),
        }).ToArray(),
    };

    public static object Canceled(ExchangeOrder o, string venueSymbol, string cancelClientId, long nowMs) => new
    {
        symbol = venueSymbol,
        origClientOrderId = o.ClientOrderId,
        orderId = long.Parse(o.Id, CultureInfo.InvariantCulture),
        orderListId = ListId(o),
        clientOrderId = cancelClientId,
        transactTime = nowMs,
        price = D(o.Price ?? 0m),
        origQty = D(o.Amount),
        executedQty = D(o.Filled),
        origQuoteOrderQty = D(0m),
        cummulativeQuoteQty = D(o.Cost),
        status = Status(o),
        timeInForce = "GTC",
        type = TypeName(o.Type),
        side = o.Side == OrderSide.Buy ? "BUY" : "SELL",
        stopPrice = D(o.StopPrice ?? 0m),
        selfTradePreventionMode = "NONE",
    };

    public static object Trade(ExchangeTrade t, string venueSymbol, long orderListId) => new
    {
        symbol = venueSymbol,
        id = long.Parse(t.Id, CultureInfo.InvariantCulture),
        orderId = long.Parse(t.OrderId, CultureInfo.InvariantCulture),
        orderListId,
        price = D(t.Price),
        qty = D(t.Amount),
        quoteQty = D(t.Cost),
        commission = D(t.Fee),
        commissionAsset = t.FeeAsset,
        time = t.TimestampMs,
        isBuyer = t.Side == OrderSide.Buy,
        isMaker = t.IsMaker,
        isBestMatch = true,
    };

    /// <summary>The order's list id, -1 for an order outside any list (Binance's convention).</summary>
    public static long ListId(ExchangeOrder o) => o.OrderListId is { } id ? long.Parse(id, CultureInfo.InvariantCulture) : -1;

    /// <summary>An OCO as GET /api/v3/orderList answers it; with <paramref name="reports"/> as placing or canceling one does.</summary>
    public static object OrderList(OrderList l, string venueSymbol, IEnumerable<object>? reports = null)
    {
        var head = new
        {
            orderListId = long.Parse(l.Id, CultureInfo.InvariantCulture),
            contingencyType = "OCO",
            listStatusType = l.IsDone ? "ALL_DONE" : "EXEC_STARTED",
            listOrderStatus = l.IsDone ? "ALL_DONE" : "EXECUTING",
            listClientOrderId = l.ListClientOrderId,
            transactionTime = l.TransactionTimeMs,
            symbol = venueSymbol,
            orders = l.Orders.Select(o => new { symbol = venueSymbol, orderId = long.Parse(o.Id, CultureInfo.InvariantCulture), clientOrderId = o.ClientOrderId }).ToArray(),
        };
        if (reports is null) return head;
        return new
        {
            head.orderListId, head.contingencyType, head.listStatusType, head.listOrderStatus, head.listClientOrderId,
            head.transactionTime, head.symbol, head.orders, orderReports = reports.ToArray(),
        };
    }

    public static object Ticker24h(Ticker t, Market m, long nowMs) => new
    {
        symbol = m.Id,
        priceChange = D(t.Last - (t.Open ?? t.Last)),
        priceChangePercent = ((t.Change24h ?? 0m) * 100).ToString("0.000", CultureInfo.InvariantCulture),
        weightedAvgPrice = D(t.Last),
        prevClosePrice = D(t.Open ?? t.Last),
        lastPrice = D(t.Last),
        lastQty = D(0m),
        bidPrice = D(t.Bid ?? t.Last),
        bidQty = D(1m),
        askPrice = D(t.Ask ?? t.Last),
        askQty = D(1m),
        openPrice = D(t.Open ?? t.Last),
        highPrice = D(t.High ?? t.Last),
        lowPrice = D(t.Low ?? t.Last),
        volume = D(t.BaseVolume ?? 0m),
        quoteVolume = D((t.BaseVolume ?? 0m) * t.Last),
        openTime = nowMs - 86_400_000,
        closeTime = nowMs,
        firstId = 0,
        lastId = 0,
        count = 0,
    };
}
