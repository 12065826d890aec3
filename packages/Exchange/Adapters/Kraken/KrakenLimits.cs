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
/// The decaying counter is modelled as fixed windows of the time a full counter needs to drain: 15 calls per 45 s for
/// private calls, 15 per 15 s for public ones, so a process never raises the counter past its maximum.
/// </summary>
public static class KrakenLimits
{
    /// <summary>The private counter's maximum (Starter tier).</summary>
    public const int PrivateCounterMax = 15;

    /// <summary>How much the private counter decays per second (Starter tier).</summary>
    public const double PrivateDecayPerSecond = 0.33;

    /// <summary>Private calls per window: the counter's maximum.</summary>
    public const int PrivatePerWindow = PrivateCounterMax;

    /// <summary>The time a full private counter needs to drain: 15 / 0.33 per s ≈ 45 s.</summary>
    public static TimeSpan PrivateWindow { get; } = TimeSpan.FromSeconds(45);

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
