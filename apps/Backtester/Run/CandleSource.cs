using Trader.Domain;

namespace Trader.Backtester.Run;

/// <summary>Where a run's candles come from: the database or a CSV file.</summary>
/// <param name="Name">The source in messages, e.g. <c>--csv data.csv</c>.</param>
/// <param name="Read">Candles whose open time is in a range, in order.</param>
/// <param name="Fix">What to do about candles missing from a given open time (Unix ms UTC) on, e.g. the backfiller command.</param>
/// <param name="First">The oldest candle the source holds, whatever the range (null when empty): the market's tick and step
/// come from its price, so they stay the same for every <c>--from</c>.</param>
internal sealed record CandleSource(
    string Name,
    Func<CandleRange, CancellationToken, Task<Candle[]>> Read,
    Func<long, string> Fix,
    Func<CancellationToken, Task<Candle?>> First);
