using Trader.Domain;
using Trader.Strategies;

namespace Trader.Backtester.Report;

/// <summary>
/// Wraps a run's strategy and, after each candle it decides on, reads the values of the indicators it exposes
/// (<see cref="IStrategy.Indicators"/>), the fields their catalog entry plots. The report draws what the strategy saw,
/// from the strategy's own instances: nothing is recomputed by name.
/// </summary>
internal sealed class IndicatorRecorder : IStrategy
{
    private readonly IStrategy _inner;
    private readonly List<RecordedIndicator> _series;

    /// <param name="inner">The run's (warmed-up) strategy.</param>
    /// <param name="capacity">Candles expected, to size the buffers once.</param>
    public IndicatorRecorder(IStrategy inner, int capacity)
    {
        _inner = inner;
        _series = inner.Indicators.Select(i => new RecordedIndicator(i, capacity)).ToList();
    }

    /// <summary>One entry per indicator, values aligned with the candles decided on since the recorder was made.</summary>
    public IReadOnlyList<RecordedIndicator> Series => _series;

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators => _inner.Indicators;

    /// <inheritdoc />
    public Signal OnCandle(in Candle candle)
    {
        var signal = _inner.OnCandle(candle);
        foreach (var series in _series) series.Read();
        return signal;
    }
}
