namespace Trader.Domain;

/// <summary>
/// Builds candles of a larger timeframe from a smaller one: open of the first source candle, highest high,
/// lowest low, close of the last, summed volume.
/// </summary>
/// <remarks>
/// <para>A bucket is emitted only once it is closed: its close time is at or before <c>knownUntilMs</c>, the time up
/// to which the source is known to be complete (by default the close of the last source candle). The trailing bucket
/// that is still forming is therefore never returned.</para>
/// <para>Missing source candles inside a closed bucket are treated as periods without trades, which is how exchanges
/// report them (Binance and the bundled minute files omit minutes with no trades): the bucket aggregates the candles
/// present. A bucket with no source candle at all is not emitted, so the gap stays visible to
/// <see cref="Timeframe.FindGaps"/> on the result.</para>
/// </remarks>
public static class CandleResampler
{
    /// <summary>True when every <paramref name="target"/> open time is also a <paramref name="source"/> open time,
    /// so that <paramref name="source"/> candles tile <paramref name="target"/> candles exactly.</summary>
    public static bool CanResample(Timeframe source, Timeframe target)
    {
        if (source.IsCalendar) return source == target;
        if (target.IsCalendar) return Timeframe.D1.DurationMs % source.DurationMs == 0;
        // One target open on the source grid plus a whole multiple of the duration puts them all there
        // (weeks are anchored on Monday 1970-01-05, which a 3d grid misses).
        return target.DurationMs % source.DurationMs == 0 && source.IsAligned(target.CeilingMs(0));
    }

    /// <summary>Resamples <paramref name="candles"/> of <paramref name="source"/> into closed candles of <paramref name="target"/>.</summary>
    /// <param name="candles">Source candles, strictly ascending by open time, each aligned to <paramref name="source"/>.</param>
    /// <param name="source">Timeframe of <paramref name="candles"/>.</param>
    /// <param name="target">Timeframe to build; <see cref="CanResample"/> must hold.</param>
    /// <param name="knownUntilMs">Unix ms UTC up to which the source is complete; buckets closing later are not emitted.
    /// Null means the close time of the last source candle.</param>
    /// <returns>The closed target candles, ascending, one per bucket that holds at least one source candle.</returns>
    /// <exception cref="ArgumentException">The timeframes do not tile, or the source is unsorted or misaligned.</exception>
    public static IReadOnlyList<Candle> Resample(IReadOnlyList<Candle> candles, Timeframe source, Timeframe target, long? knownUntilMs = null)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (!CanResample(source, target))
            throw new ArgumentException($"Cannot resample {source} into {target}: {target} candles must be made of whole {source} candles.", nameof(target));

        var result = new List<Candle>();
        if (candles.Count == 0) return result;
        long until = knownUntilMs ?? source.CloseTimeMs(candles[^1].OpenTimeMs);

        Candle bucket = default;
        long bucketClose = long.MinValue;
        bool open = false;
        for (int i = 0; i < candles.Count; i++)
        {
            var c = candles[i];
            if (!source.IsAligned(c.OpenTimeMs))
                throw new ArgumentException($"Candle {i} opens at {c.OpenTimeMs}, which is not aligned to {source}.", nameof(candles));
            if (i > 0 && c.OpenTimeMs <= candles[i - 1].OpenTimeMs)
                throw new ArgumentException($"Candles must be strictly ascending: candle {i} opens at {c.OpenTimeMs}, not after {candles[i - 1].OpenTimeMs}.", nameof(candles));

            if (open && c.OpenTimeMs < bucketClose)
            {
                bucket = bucket with
                {
                    High = Math.Max(bucket.High, c.High),
                    Low = Math.Min(bucket.Low, c.Low),
                    Close = c.Close,
                    Volume = bucket.Volume + c.Volume,
                };
                continue;
            }

            if (open && bucketClose <= until) result.Add(bucket);
            long bucketOpen = target.FloorMs(c.OpenTimeMs);
            bucket = c with { OpenTimeMs = bucketOpen };
            bucketClose = target.CloseTimeMs(bucketOpen);
            open = true;
        }
        if (open && bucketClose <= until) result.Add(bucket);
        return result;
    }
}
