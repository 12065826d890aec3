using Trader.Domain;

namespace Trader.Backtester.Run;

/// <summary>Where a run's candles come from: the database or a CSV file.</summary>
/// <param name="Name">The source in messages, e.g. <c>--csv data.csv</c>.</param>
/// <param name="Read">Candles whose open time is in a range, in order.</param>
/// <param name="Fix">What to do about candles missing from a given open time (Unix ms UTC) on, e.g. the backfiller command.</param>
internal sealed record CandleSource(string Name, Func<CandleRange, CancellationToken, Task<Candle[]>> Read, Func<long, string> Fix);
