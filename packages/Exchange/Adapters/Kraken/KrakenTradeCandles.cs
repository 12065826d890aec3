using Trader.Domain;

namespace Trader.Exchange.Adapters.Kraken;

/// <summary>
/// Builds candles from public trades, for history older than the 720 candles <c>/0/public/OHLC</c> keeps: open of the
/// first trade in a bucket, highest and lowest price, close of the last, summed volume. A bucket without trades has no
/// candle (a hole, as in any venue's data); a bucket is emitted only once it is closed (see <see cref="Build"/>).
/// </summary>
public static class KrakenTradeCandles
{
    /// <param name="trades">Trades as (time ms, price, volume), ascending by time.</param>
    /// <param name="timeframe">The candle period.</param>
    /// <param name="knownUntilMs">Time up to which every trade is in <paramref name="trades"/>; buckets closing later are not emitted.</param>
    public static IReadOnlyList<Candle> Build(IEnumerable<(long TimeMs, double Price, double Volume)> trades, Timeframe timeframe, long knownUntilMs)
    {
        var result = new List<Candle>();
        Candle bucket = default;
        bool open = false;
        foreach (var (time, price, volume) in trades)
        {
            long start = timeframe.FloorMs(time);
            if (open && start == bucket.OpenTimeMs)
            {
                bucket = bucket with { High = Math.Max(bucket.High, price), Low = Math.Min(bucket.Low, price), Close = price, Volume = bucket.Volume + volume };
                continue;
            }
            if (open) Emit(bucket);
            bucket = new Candle(start, price, price, price, price, volume);
            open = true;
        }
        if (open) Emit(bucket);
        return result;

        void Emit(Candle c)
        {
            if (timeframe.CloseTimeMs(c.OpenTimeMs) <= knownUntilMs) result.Add(c);
        }
    }
}
