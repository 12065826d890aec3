using Trader.Domain;
using Trader.Simulator;

namespace Trader.ExchangeSim.Dialects.Kraken;

/// <summary>
/// The public trade tape <c>/0/public/Trades</c> serves, made up from the venue's closed source candles: four trades
/// per candle at a quarter of its period apart (open, then the extreme away from the close, the other extreme, close),
/// each a quarter of its volume, so candles built back from the tape equal the source. A candle without volume has no
/// trades: the tape has a hole there, as Kraken's has in minutes nobody traded.
/// </summary>
public static class KrakenPublicTrades
{
    /// <summary>One trade: time in ns since the epoch, price, volume, whether the taker bought, and its sequence id.</summary>
    public readonly record struct Trade(long TimeNs, decimal Price, decimal Volume, bool Buy, long Id);

    /// <summary>At most <paramref name="count"/> trades strictly after <paramref name="sinceNs"/>, oldest first.</summary>
    public static IReadOnlyList<Trade> After(Venue venue, Market market, long sinceNs, int count)
    {
        var source = venue.SourceTimeframe(market.Symbol);
        long sinceMs = Math.Max(0, sinceNs / 1_000_000);
        var result = new List<Trade>(count);
        long from = source.FloorMs(sinceMs);
        while (result.Count < count)
        {
            var candles = venue.Candles(market.Symbol, source, from, null, count / 4 + 2);
            if (candles.Count == 0) break;
            foreach (var c in candles)
            {
                foreach (var t in Of(c, source, market))
                {
                    if (t.TimeNs > sinceNs && result.Count < count) result.Add(t);
                }
            }
            from = source.NextOpenMs(candles[^1].OpenTimeMs);
        }
        return result;
    }

    private static IEnumerable<Trade> Of(Candle c, Timeframe source, Market market)
    {
        if (c.Volume <= 0) yield break;
        bool up = c.Close >= c.Open;
        double[] prices = [c.Open, up ? c.Low : c.High, up ? c.High : c.Low, c.Close];
        long quarterNs = source.DurationMs * 1_000_000 / 4;
        decimal volume = (decimal)(c.Volume / 4);
        long index = c.OpenTimeMs / source.DurationMs * 4;
        for (int k = 0; k < 4; k++)
        {
            decimal price = market.RoundPrice((decimal)prices[k]);
            yield return new Trade(c.OpenTimeMs * 1_000_000 + k * quarterNs, price, volume, k == 0 ? up : prices[k] >= prices[k - 1], index + k);
        }
    }
}
