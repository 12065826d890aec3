using Trader.Exchange.Decorators;

namespace Trader.Exchange.Adapters.Binance;

/// <summary>Binance spot REST v3 request weights and limit, as data for the shared throttling decorator.</summary>
public static class BinanceWeights
{
    /// <summary>REQUEST_WEIGHT per minute per IP on Binance spot.</summary>
    public const int LimitPerMinute = 6000;

    /// <summary>
    /// Weight of each unified call: klines 2, exchangeInfo 20, ticker/24hr (one symbol) 2, account 20, order POST 1,
    /// order GET 4, order DELETE 1, openOrders (one symbol) 6, myTrades 20, time 1.
    /// </summary>
    public static RequestWeights Spot { get; } = new(
        LoadMarkets: 20, FetchOhlcv: 2, FetchTicker: 2, FetchBalance: 20, CreateOrder: 1, CancelOrder: 1,
        FetchOrder: 4, FetchOpenOrders: 6, FetchMyTrades: 20, FetchTime: 1);
}
