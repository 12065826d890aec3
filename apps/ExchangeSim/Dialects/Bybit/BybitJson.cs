using System.Globalization;
using Trader.Domain;

namespace Trader.ExchangeSim.Dialects.Bybit;

/// <summary>The JSON shapes of Bybit v5 spot answers (inside the <c>result</c> of the envelope), built from the venue's records.</summary>
public static class BybitJson
{
    /// <summary>Bybit's plain decimal strings: no exponent, no trailing zeros.</summary>
    public static string D(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string D(double value) => D((decimal)value);

    public static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static object Instrument(Market m) => new
    {
        symbol = m.Id,
        baseCoin = m.Base,
        quoteCoin = m.Quote,
        innovation = "0",
        status = "Trading",
        marginTrading = "none",
        stTag = "0",
        lotSizeFilter = new
        {
            basePrecision = D(m.StepSize),
            quotePrecision = D(m.TickSize),
            minOrderQty = D(m.MinAmount),
            maxOrderQty = D(9_000m),
            minOrderAmt = D(m.MinNotional),
            maxOrderAmt = D(9_000_000m),
        },
        priceFilter = new { tickSize = D(m.TickSize) },
        riskParameters = new { priceLimitRatioX = "0.05", priceLimitRatioY = "0.05" },
    };

    public static object Ticker(Ticker t, Market m) => new
    {
        symbol = m.Id,
        bid1Price = D(t.Bid ?? t.Last),
        bid1Size = "1",
        ask1Price = D(t.Ask ?? t.Last),
        ask1Size = "1",
        lastPrice = D(t.Last),
        prevPrice24h = D(t.Open ?? t.Last),
        price24hPcnt = (t.Change24h ?? 0m).ToString("0.0000", CultureInfo.InvariantCulture),
        highPrice24h = D(t.High ?? t.Last),
        lowPrice24h = D(t.Low ?? t.Last),
        turnover24h = D((t.BaseVolume ?? 0m) * t.Last),
        volume24h = D(t.BaseVolume ?? 0m),
        usdIndexPrice = "",
    };

    /// <summary>One kline row: start time, open, high, low, close, volume (base), turnover (quote), all strings.</summary>
    public static string[] Kline(Candle c) =>
        [Ms(c.OpenTimeMs), D(c.Open), D(c.High), D(c.Low), D(c.Close), D(c.Volume), D(c.Volume * (c.Open + c.Close) / 2)];

    public static string Status(ExchangeOrder o) => o.Status switch
    {
        // The venue stamps an update when a stop triggers; until then the conditional order is Untriggered.
        OrderStatus.Open when o.StopPrice is not null && o.LastUpdateMs == o.TimestampMs => "Untriggered",
        OrderStatus.Open => o.Filled > 0 ? "PartiallyFilled" : "New",
        OrderStatus.Closed => "Filled",
        OrderStatus.Canceled => o.Filled > 0 ? "PartiallyFilledCanceled" : "Cancelled",
        OrderStatus.Rejected => "Rejected",
        _ => "Deactivated",
    };

    // tookLiquidity: a PostOnly order Bybit canceled at placement because it would have taken.
    public static object Order(ExchangeOrder o, Market m, decimal cumFee, bool tookLiquidity) => new
    {
        orderId = o.Id,
        orderLinkId = o.ClientOrderId,
        blockTradeId = "",
        symbol = m.Id,
        price = o.Type == OrderType.Market ? "0" : D(o.Price ?? 0m),
        qty = D(o.Amount),
        side = o.Side == OrderSide.Buy ? "Buy" : "Sell",
        isLeverage = "0",
        positionIdx = 0,
        orderStatus = Status(o),
        cancelType = o.Status == OrderStatus.Canceled && !tookLiquidity ? "CancelByUser" : "UNKNOWN",
        rejectReason = tookLiquidity ? "EC_PostOnlyWillTakeLiquidity" : "EC_NoError",
        avgPrice = o.Average is { } avg ? D(avg) : "",
        leavesQty = D(o.Status == OrderStatus.Open ? o.Remaining : 0m),
        leavesValue = D(o.Status == OrderStatus.Open ? o.Remaining * (o.Price ?? 0m) : 0m),
        cumExecQty = D(o.Filled),
        cumExecValue = D(o.Cost),
        cumExecFee = D(cumFee),
        timeInForce = o.Type switch { OrderType.Market => "IOC", OrderType.LimitMaker => "PostOnly", _ => "GTC" },
        orderType = o.Type == OrderType.Market ? "Market" : "Limit",
        stopOrderType = o.StopPrice is null ? "" : "Stop",
        orderIv = "",
        marketUnit = o.Type == OrderType.Market ? "baseCoin" : "",
        triggerPrice = D(o.StopPrice ?? 0m),
        takeProfit = "0",
        stopLoss = "0",
        tpTriggerBy = "",
        slTriggerBy = "",
        triggerDirection = 0,
        triggerBy = o.StopPrice is null ? "" : "LastPrice",
        lastPriceOnCreated = "",
        reduceOnly = false,
        closeOnTrigger = false,
        placeType = "",
        smpType = "None",
        smpGroup = 0,
        smpOrderId = "",
        createdTime = Ms(o.TimestampMs),
        updatedTime = Ms(o.LastUpdateMs),
    };

    public static object Execution(ExchangeTrade t, ExchangeOrder o, Market m, decimal feeRate) => new
    {
        symbol = m.Id,
        orderId = t.OrderId,
        orderLinkId = o.ClientOrderId,
        side = t.Side == OrderSide.Buy ? "Buy" : "Sell",
        orderPrice = o.Type == OrderType.Market ? "0" : D(o.Price ?? 0m),
        orderQty = D(o.Amount),
        leavesQty = D(o.Status == OrderStatus.Open ? o.Remaining : 0m),
        createType = "CreateByUser",
        orderType = o.Type == OrderType.Market ? "Market" : "Limit",
        stopOrderType = o.StopPrice is null ? "" : "Stop",
        execFee = D(t.Fee),
        execId = t.Id,
        execPrice = D(t.Price),
        execQty = D(t.Amount),
        execType = "Trade",
        execValue = D(t.Cost),
        execTime = Ms(t.TimestampMs),
        feeCurrency = t.FeeAsset,
        isMaker = t.IsMaker,
        feeRate = D(feeRate),
        tradeIv = "",
        markIv = "",
        markPrice = "",
        indexPrice = "",
        underlyingPrice = "",
        blockTradeId = "",
        closedSize = "",
        seq = long.Parse(t.Id, CultureInfo.InvariantCulture),
    };

    public static object Coin(string asset, BalanceEntry e) => new
    {
        coin = asset,
        equity = D(e.Total),
        usdValue = "",
        walletBalance = D(e.Total),
        locked = D(e.Used),
        // UTA 2.0 leaves availableToWithdraw empty; free is walletBalance minus locked.
        availableToWithdraw = "",
        availableToBorrow = "",
        borrowAmount = "0",
        accruedInterest = "0",
        totalOrderIM = "0",
        totalPositionIM = "0",
        totalPositionMM = "0",
        unrealisedPnl = "0",
        cumRealisedPnl = "0",
        bonus = "0",
        collateralSwitch = true,
        marginCollateral = true,
        spotHedgingQty = "0",
    };
}
