using Trader.Domain;
using Trader.Indicators.Catalog;
using Trader.Strategies;

namespace Trader.Execution.Backtesting;

/// <summary>
/// The indicator source of one run of a sweep: every indicator its strategy makes reads the sweep's shared series
/// (<see cref="IndicatorSeriesCache"/>) over the run's warm-up and the sweep's candles. The warm-up is set once the run's
/// engine is built (<see cref="Start"/>), before the strategy sees its first candle.
/// </summary>
internal sealed class SweepIndicators(IndicatorSeriesCache cache) : IIndicatorSource
{
    private IReadOnlyList<Candle>? _warmup;

    /// <inheritdoc />
    public IIndicator Create(IndicatorDefinition definition, IReadOnlyList<double> arguments)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(arguments);
        return new SharedIndicator(definition, [.. arguments], this);
    }

    /// <summary>The run's strategy sees <paramref name="warmup"/> first, then the sweep's candles.</summary>
    public void Start(IReadOnlyList<Candle> warmup) => _warmup = warmup;

    /// <summary>The shared series of an indicator this source made.</summary>
    /// <exception cref="InvalidOperationException">The run was not started.</exception>
    public IndicatorSeries Series(IndicatorDefinition definition, IReadOnlyList<double> arguments) =>
        cache.Get(definition, arguments, _warmup ?? throw new InvalidOperationException("A sweep run's indicators were fed before its warm-up was known."));
}
