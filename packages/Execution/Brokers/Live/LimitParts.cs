using Trader.Domain;

namespace Trader.Execution.Brokers.Live;

// What the live broker reported of one resting limit order's parts: how many it reported (each is recorded in that
// order, so the recorded parts past that count are the ones a replay has to report again), the
// time of the last trade reported (every trade of the order up to it is booked), and the order's trades as last read
// with the Filled they add up to (read again only when the venue's Filled moves).
internal sealed class LimitParts
{
    public int Reported { get; set; }
    public long ThroughMs { get; set; } = long.MinValue;
    public bool AnyReported => ThroughMs != long.MinValue;
    public IReadOnlyList<ExchangeTrade> Trades { get; set; } = [];
    public decimal TradesFilled { get; set; }

    public List<ExchangeTrade> Unreported(long upToMs) => Trades.Where(t => t.TimestampMs > ThroughMs && t.TimestampMs <= upToMs).ToList();
}
