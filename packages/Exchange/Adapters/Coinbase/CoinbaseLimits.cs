using Trader.Exchange.Decorators;

namespace Trader.Exchange.Adapters.Coinbase;

/// <summary>
/// Coinbase Advanced Trade's REST limit as data for the shared throttling decorator: 30 requests per second per user
/// on the private endpoints (public ones allow 10 per second per IP, below what one instance sends), every request
/// counting one.
/// </summary>
public static class CoinbaseLimits
{
    /// <summary>Requests per window.</summary>
    public const int RequestsPerWindow = 30;

    /// <summary>The window's length.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromSeconds(1);

    /// <summary>One request per unified call, as Coinbase counts.</summary>
    public static RequestWeights Spot { get; } = new(
        LoadMarkets: 1, FetchOhlcv: 1, FetchTicker: 1, FetchBalance: 1, CreateOrder: 1, CancelOrder: 1,
        FetchOrder: 1, FetchOpenOrders: 1, FetchMyTrades: 1, FetchTime: 1);
}
