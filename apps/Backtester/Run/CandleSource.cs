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
/// <param name="Stream">The same candles as <paramref name="Read"/>, in chunks read ahead of the replay (the database); null
/// when the source is all in memory anyway (a CSV).</param>
internal sealed record CandleSource(
    string Name,
    Func<CandleRange, CancellationToken, Task<Candle[]>> Read,
    Func<long, string> Fix,
    Func<CancellationToken, Task<Candle?>> First,
    Func<CandleRange, CancellationToken, Task<IReadOnlyList<OpenTimeRange>>> Holes,
    StreamedSource? Stream = null);

/// <summary>A source's candles in chunks, and where they end.</summary>
/// <param name="Read">Candles whose open time is in a range, in order, in chunks (<see cref="ICandleStore.StreamAsync"/>).</param>
/// <param name="LastOpenMs">Open time of the newest candle the source holds (null when empty).</param>
internal sealed record StreamedSource(
    Func<CandleRange, CancellationToken, IAsyncEnumerable<ReadOnlyMemory<Candle>>> Read,
    Func<CancellationToken, Task<long?>> LastOpenMs);
