using System.Globalization;
using Trader.Domain;
using Trader.Indicators.Catalog;

namespace Trader.Execution.Backtesting;

/// <summary>
/// The indicator series of one sweep, each computed once and read by every run that needs it: keyed by indicator,
/// arguments and the candles it runs over (a run's warm-up followed by the sweep's candles, named by its first open time
/// and its length: within one sweep's market and timeframe that range is one sequence of candles). A series is computed
/// the first time a run asks for it, by the indicator's own incremental kernel fed every candle, so a shared value is the
/// very double an unshared run computes; the others wait for it and then only read. Memory stays bounded whatever the
/// number of points and distinct indicators: at most <c>capacity</c> series are kept, the least recently asked for
/// leaving first (a run holds the series it reads, so leaving the cache only means a later run that asks computes it
/// again; points run in strategy-key order, so that is rare). Thread-safe.
/// </summary>
internal sealed class IndicatorSeriesCache
{
    private readonly IReadOnlyList<Candle> _candles;
    private readonly int _capacity;
    private readonly Lock _gate = new();
    private readonly Dictionary<SeriesKey, (Lazy<IndicatorSeries> Series, long LastAsked)> _series = [];
    private long _asked;

    /// <param name="candles">The sweep's candles, after each run's warm-up.</param>
    /// <param name="capacity">Series kept at most, at least 1.</param>
    public IndicatorSeriesCache(IReadOnlyList<Candle> candles, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _candles = candles;
        _capacity = capacity;
    }

    /// <summary>The series of <paramref name="definition"/> with <paramref name="arguments"/> over <paramref name="warmup"/> then the sweep's candles.</summary>
    public IndicatorSeries Get(IndicatorDefinition definition, IReadOnlyList<double> arguments, IReadOnlyList<Candle> warmup)
    {
        var sequence = new CandleSequence(warmup, _candles);
        var key = new SeriesKey(definition.Name, string.Join(',', arguments.Select(a => a.ToString("R", CultureInfo.InvariantCulture))),
            sequence.Count == 0 ? 0 : sequence[0].OpenTimeMs, sequence.Count);
        Lazy<IndicatorSeries> series;
        lock (_gate)
        {
            series = _series.TryGetValue(key, out var kept)
                ? kept.Series
                : new Lazy<IndicatorSeries>(() => IndicatorSeries.Compute(definition, arguments, sequence));
            _series[key] = (series, ++_asked);
            if (_series.Count > _capacity) _series.Remove(_series.MinBy(entry => entry.Value.LastAsked).Key);
        }
        return series.Value;
    }

    private readonly record struct SeriesKey(string Indicator, string Arguments, long FirstOpenTimeMs, int Count);
}
