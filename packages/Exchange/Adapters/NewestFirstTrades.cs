using Trader.Domain;

namespace Trader.Exchange.Adapters;

/// <summary>
/// Turns a venue's own-trade listing served newest first (Bybit, Kraken, Coinbase) into the oldest-first window
/// <c>FetchMyTradesAsync</c> promises. Several trades of one order often share a millisecond; their ids are opaque
/// (numbers, UUIDs or txids, none of which sorts by text in the venue's sequence), so ties keep the listing's own order.
/// </summary>
internal static class NewestFirstTrades
{
    /// <summary>The oldest <paramref name="limit"/> trades with <paramref name="sinceMs"/>, the newest without it, oldest first.</summary>
    public static IReadOnlyList<ExchangeTrade> Window(IEnumerable<ExchangeTrade> newestFirst, long? sinceMs, int limit)
    {
        // OrderBy is stable: trades of one millisecond stay in the venue's sequence.
        var ordered = newestFirst.Reverse().OrderBy(t => t.TimestampMs);
        int count = Math.Max(1, limit);
        return [.. sinceMs is null ? ordered.TakeLast(count) : ordered.Take(count)];
    }
}
