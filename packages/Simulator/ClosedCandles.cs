using Trader.Domain;

namespace Trader.Simulator;

/// <summary>The closed prefix of a fixed, time-ordered candle array: shared by the sources that hold all their candles up front.</summary>
public static class ClosedCandles
{
    /// <summary>The candles of <paramref name="candles"/> (ascending open times) whose close time is at or before <paramref name="nowMs"/>.</summary>
    public static IReadOnlyList<Candle> Prefix(Candle[] candles, Timeframe timeframe, long nowMs)
    {
        int lo = 0, hi = candles.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (timeframe.CloseTimeMs(candles[mid].OpenTimeMs) <= nowMs) lo = mid + 1; else hi = mid;
        }
        return new ArraySegment<Candle>(candles, 0, lo);
    }
}
