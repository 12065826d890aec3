using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>A candle batch split by <see cref="CandleValidator"/> into the rows to write and the rejected ones, before any backend sees it.</summary>
internal sealed class ValidatedCandles
{
    private ValidatedCandles(Candle[] good, int count, List<CandleRejection> rejected)
    {
        Good = good;
        Count = count;
        Rejected = rejected;
    }

    /// <summary>The good candles in input order; only the first <see cref="Count"/> entries are used.</summary>
    public Candle[] Good { get; }

    public int Count { get; }

    public IReadOnlyList<CandleRejection> Rejected { get; }

    public static ValidatedCandles Of(SeriesKey series, IReadOnlyList<Candle> candles)
    {
        var good = new Candle[candles.Count];
        int count = 0;
        var rejected = new List<CandleRejection>();
        for (int i = 0; i < candles.Count; i++)
        {
            var candle = candles[i];
            if (CandleValidator.Validate(candle, series.Timeframe) is { } reason) rejected.Add(new CandleRejection(i, candle, reason));
            else good[count++] = candle;
        }
        return new ValidatedCandles(good, count, rejected);
    }

    /// <summary>The good candles in slices of at most <paramref name="perTransaction"/>, one per write transaction.</summary>
    public IEnumerable<ArraySegment<Candle>> Batches(int perTransaction)
    {
        for (int offset = 0; offset < Count; offset += perTransaction)
            yield return new ArraySegment<Candle>(Good, offset, Math.Min(perTransaction, Count - offset));
    }
}
