using Trader.Domain;

namespace Trader.Exchange;

/// <summary>Fetches a long candle range in pages, the way ccxt callers paginate <c>fetchOHLCV</c>.</summary>
public static class OhlcvPaging
{
    /// <summary>
    /// Every candle with open time in [<paramref name="sinceMs"/>, <paramref name="untilMs"/>) (Unix ms UTC), oldest
    /// first, fetched <paramref name="pageLimit"/> at a time. Stops at the end of the range or when the exchange has
    /// nothing newer, so a gap in the exchange's data never loops.
    /// </summary>
    public static async IAsyncEnumerable<Candle> FetchOhlcvRangeAsync(
        this IExchange exchange, string symbol, Timeframe timeframe, long sinceMs, long untilMs, int pageLimit,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageLimit, 1);
        long cursor = sinceMs;
        while (cursor < untilMs)
        {
            var page = await exchange.FetchOhlcvAsync(symbol, timeframe, cursor, pageLimit, ct);
            long lastOpen = long.MinValue;
            foreach (var candle in page)
            {
                if (candle.OpenTimeMs < cursor) continue;
                if (candle.OpenTimeMs >= untilMs) yield break;
                lastOpen = candle.OpenTimeMs;
                yield return candle;
            }
            if (lastOpen == long.MinValue) yield break;
            cursor = timeframe.NextOpenMs(lastOpen);
        }
    }
}
