using Trader.Exchange.Decorators;

namespace Trader.Exchange.Adapters.Kraken;

/// <summary>
/// Kraken's limits as data for the shared throttling decorator. Kraken counts calls, not weights, in two budgets:
/// <list type="bullet">
/// <item>Private calls: a counter per API key that every call raises by one (TradesHistory, QueryTrades and Ledgers by
/// two) and that decays by 0.33 per second (Starter tier; 0.5 Intermediate, 1 Pro) up to a maximum of 15 (20, 20).
/// A counter over its maximum answers <c>EAPI:Rate limit exceeded</c>.</item>
/// <item>Public calls: about one per second per IP (bursts are tolerated, sustained faster use is refused).</item>
/// </list>
/// The private budget is a decaying counter like Kraken's (<see cref="WeightLimiter.Decaying"/>: a burst up to the
/// maximum, then one call per 1 / 0.33 s), so a process never raises the counter past its maximum; fixed windows of
/// the time a full counter needs to drain (15 per 45 s) would allow 30 calls across a window's edge, and make a step
/// that needs a few calls more than its window has left wait for the whole next window. Public calls: fixed windows of
/// 15 per 15 s.
/// </summary>
public static class KrakenLimits
{
    /// <summary>The private counter's maximum (Starter tier).</summary>
    public const int PrivateCounterMax = 15;

    /// <summary>How much the private counter decays per second (Starter tier).</summary>
    public const double PrivateDecayPerSecond = 0.33;

    /// <summary>Public calls per window: one per second.</summary>
    public const int PublicPerWindow = 15;

    /// <summary>The public window's length.</summary>
    public static TimeSpan PublicWindow { get; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// What each unified call costs the private counter (charged by <see cref="ThrottledExchange"/>). Public calls cost it
    /// nothing: the adapter charges each public request it sends to the public budget itself, page by page.
    /// </summary>
    public static RequestWeights Spot { get; } = new(
        LoadMarkets: 0, FetchOhlcv: 0, FetchTicker: 0, FetchBalance: 1, CreateOrder: 1, CancelOrder: 1,
        FetchOrder: 1, FetchOpenOrders: 1, FetchMyTrades: 2, FetchTime: 0);
}
