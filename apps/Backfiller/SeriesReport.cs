using Trader.Domain;

namespace Trader.Backfiller;

/// <summary>What one run did to one series.</summary>
/// <param name="Key">The series.</param>
/// <param name="Added">Candles written that were not stored before.</param>
/// <param name="GapsFilled">Gaps inside the stored range that were fetched.</param>
/// <param name="Rejected">Candles from the source refused by validation, with reasons.</param>
/// <param name="Holes">Open times in the requested range the exchange confirmed it has no candle for (now or before).</param>
/// <param name="Missing">Candles still absent in the requested range after the run, holes not counted.</param>
/// <param name="Error">Why the series stopped early, or null.</param>
public sealed record SeriesReport(SeriesKey Key, long Added, int GapsFilled, IReadOnlyList<CandleRejection> Rejected, long Holes, long Missing, string? Error)
{
    /// <summary>True when every candle of the requested range is stored or a hole, and nothing was refused or failed.</summary>
    public bool IsComplete => Missing == 0 && Rejected.Count == 0 && Error is null;
}
