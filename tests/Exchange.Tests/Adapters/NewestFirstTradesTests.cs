using Trader.Domain;
using Trader.Exchange.Adapters;

namespace Trader.Exchange.Tests.Adapters;

public sealed class NewestFirstTradesTests
{
    // Ids that sort by text against the venue's sequence ("100" < "99", UUIDs at random), several to a millisecond.
    private static List<ExchangeTrade> Listing(params (string Id, long Ms)[] newestFirst) =>
        [.. newestFirst.Select(t => new ExchangeTrade(t.Id, "o-" + t.Id, "BTC/USDT", OrderSide.Buy, 100m, 1m, 100m, 0.1m, "USDT", false, t.Ms))];

    [Fact]
    public void Window_TradesOfOneMillisecond_KeepTheVenuesSequenceNotTheirIdsTextOrder()
    {
        var listing = Listing(("101", 2_000), ("100", 1_000), ("99", 1_000), ("f3e1", 1_000), ("0a7c", 500));

        var all = NewestFirstTrades.Window(listing, sinceMs: 0, limit: 10);

        Assert.Equal(["0a7c", "f3e1", "99", "100", "101"], all.Select(t => t.Id));
    }

    [Fact]
    public void Window_WithSince_TakesTheOldest_WithoutIt_TheNewest_BothOldestFirst()
    {
        var oldest = NewestFirstTrades.Window(Listing(("4", 4), ("3", 3), ("2", 2), ("1", 1)), sinceMs: 1, limit: 2);
        var newest = NewestFirstTrades.Window(Listing(("4", 4), ("3", 3), ("2", 2), ("1", 1)), sinceMs: null, limit: 2);

        Assert.Equal(["1", "2"], oldest.Select(t => t.Id));
        Assert.Equal(["3", "4"], newest.Select(t => t.Id));
    }
}
