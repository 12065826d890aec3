using Trader.Domain;

namespace Trader.Backtester.Run;

/// <summary>Where a run's candles come from: the database or a CSV file.</summary>
/// <param name="Name">The source in messages, e.g. <c>--csv data.csv</c>.</param>
/// <param name="Read">Candles whose open time is in a range, in order.</param>
/// <param name="Fix">What to do about candles missing from a given open time (Unix ms UTC) on, e.g. the backfiller command.</param>
/// <param name="First">The oldest candle the source holds, whatever the range (null when empty): the market's tick and step
/// come from its price, so they stay the same for every <c>--from</c>.</param>
/// <param name="Holes">Runs of open times in a range the exchange confirmed it has no candle for (the database remembers
/// them from the backfill; a CSV has none): absent, but not missing history.</param>
internal sealed record CandleSource(
    string Name,
    Func<CandleRange, CancellationToken, Task<Candle[]>> Read,
    Func<long, string> Fix,
    Func<CancellationToken, Task<Candle?>> First,
    Func<CandleRange, CancellationToken, Task<IReadOnlyList<OpenTimeRange>>> Holes);
