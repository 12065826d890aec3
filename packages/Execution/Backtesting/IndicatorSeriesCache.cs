using System.Collections.Concurrent;
using System.Globalization;
using Trader.Domain;
using Trader.Indicators.Catalog;

namespace Trader.Execution.Backtesting;

/// <summary>
/// The indicator series of one sweep, each computed once and read by every run that needs it: keyed by indicator,
/// arguments and the candles it runs over (a run's warm-up followed by the sweep's candles, named by its first open time
/// and its length: within one sweep's market and timeframe that range is one sequence of candles). A series is computed
/// the first time a run asks for it, by the indicator's own incremental kernel fed every candle, so a shared value is the
/// very double an unshared run computes; the others wait for it and then only read. Holds one <c>double</c> per candle
/// per field of each distinct indicator, for the life of the sweep: memory grows with the distinct indicators, not with
/// the runs. Thread-safe.
/// </summary>
internal sealed class IndicatorSeriesCache(IReadOnlyList<Candle> candles)
{
    private readonly ConcurrentDictionary<SeriesKey, Lazy<IndicatorSeries>> _series = new();

    /// <summary>The series of <paramref name="definition"/> with <paramref name="arguments"/> over <paramref name="warmup"/> then the sweep's candles.</summary>
    public IndicatorSeries Get(IndicatorDefinition definition, IReadOnlyList<double> arguments, IReadOnlyList<Candle> warmup)
    {
        var sequence = new CandleSequence(warmup, candles);
        var key = new SeriesKey(definition.Name, string.Join(',', arguments.Select(a => a.ToString("R", CultureInfo.InvariantCulture))),
            sequence.Count == 0 ? 0 : sequence[0].OpenTimeMs, sequence.Count);
        return _series.GetOrAdd(key, _ => new Lazy<IndicatorSeries>(() => IndicatorSeries.Compute(definition, arguments, sequence))).Value;
    }

    private readonly record struct SeriesKey(string Indicator, string Arguments, long FirstOpenTimeMs, int Count);
}
