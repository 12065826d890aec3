using Trader.Domain;

namespace Trader.Simulator;

/// <summary>
/// Where the simulator's prices come from: one symbol's candles at one base timeframe. The seam for more sources
/// (CSV, random walk, and the shared database once the Database package lands).
/// </summary>
public interface ICandleSource
{
    /// <summary>Period of the candles this source yields; coarser klines are aggregated from them.</summary>
    Timeframe Timeframe { get; }

    /// <summary>Every candle that has closed by <paramref name="nowMs"/> (close time ≤ now, Unix ms UTC), oldest first.</summary>
    IReadOnlyList<Candle> ClosedAt(long nowMs);

    /// <summary>The first candle the source can ever yield, or null when it is empty. Seeds the market's filters.</summary>
    Candle? First { get; }
}
