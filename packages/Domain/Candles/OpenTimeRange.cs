namespace Trader.Domain;

/// <summary>
/// A half-open run of candle open times <c>[FirstOpenMs, EndMs)</c>, e.g. the candles missing from a series.
/// </summary>
/// <param name="FirstOpenMs">Open time of the first candle in the run, Unix ms UTC (aligned).</param>
/// <param name="EndMs">Exclusive end, Unix ms UTC: the open time of the first candle after the run.</param>
public readonly record struct OpenTimeRange(long FirstOpenMs, long EndMs)
{
    /// <summary>Number of candles of <paramref name="timeframe"/> in the run.</summary>
    public long Count(Timeframe timeframe) => timeframe.CountOpenTimes(FirstOpenMs, EndMs);
}
