using Trader.Exchange.Decorators;

namespace Trader.Exchange.Adapters.Bybit;

/// <summary>
/// Bybit's HTTP limit as data for the shared throttling decorator: 600 requests per 5-second window per IP, every
/// request counting one, whatever the endpoint. (The per-UID limits per endpoint, e.g. 20 order creations per second
/// on spot, are far above what one instance sends.)
/// </summary>
public static class BybitLimits
{
    /// <summary>Requests per window per IP.</summary>
    public const int RequestsPerWindow = 600;

    /// <summary>The window's length.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromSeconds(5);

    /// <summary>One request per unified call, as Bybit counts.</summary>
    public static RequestWeights Spot { get; } = new(
        LoadMarkets: 1, FetchOhlcv: 1, FetchTicker: 1, FetchBalance: 1, CreateOrder: 1, CancelOrder: 1,
        FetchOrder: 1, FetchOpenOrders: 1, FetchMyTrades: 1, FetchTime: 1);
}
