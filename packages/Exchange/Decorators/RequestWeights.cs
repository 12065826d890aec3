namespace Trader.Exchange.Decorators;

/// <summary>
/// How much of the venue's request-weight budget each unified call costs (venue data, declared by each adapter).
/// <see cref="LoadMarkets"/> is the listing's cost, charged when the adapter fetches it, not per call: its cache answers
/// the calls after that without a request.
/// </summary>
public sealed record RequestWeights(
    int LoadMarkets, int FetchOhlcv, int FetchTicker, int FetchBalance, int CreateOrder, int CancelOrder,
    int FetchOrder, int FetchOpenOrders, int FetchMyTrades, int FetchTime);
