using Trader.Domain;
using Trader.Indicators.Catalog;

namespace Trader.Execution.Backtesting;

/// <summary>
/// An indicator of a sweep's run that reads its values from the sweep's shared series instead of computing them: each
/// <see cref="Add"/> moves to the next candle of the run's sequence (and checks it is that candle), <see cref="Value"/>
/// reads the series there. The series is looked up at the first candle, when the run's warm-up is known.
/// </summary>
internal sealed class SharedIndicator(IndicatorDefinition definition, IReadOnlyList<double> arguments, SweepIndicators run) : IIndicator
{
    private IndicatorSeries? _series;
    private int _index = -1;

    /// <inheritdoc />
    public IndicatorDefinition Definition => definition;

    /// <inheritdoc />
    public bool IsReady => _series is { } series && _index >= series.FirstReady;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The candle is not the next one of the run's sequence.</exception>
    public void Add(in Candle candle)
    {
        var series = _series ??= run.Series(definition, arguments);
        int next = _index + 1;
        if (!series.IsCandle(next, candle.OpenTimeMs))
        {
            throw new InvalidOperationException(
                $"Shared indicator '{definition.Name}' was fed the candle at {candle.OpenTimeMs}, not candle {next} of its run: a strategy must feed each of its indicators every candle.");
        }
        _index = next;
    }

    /// <inheritdoc />
    public double Value(int field)
    {
        if (_index >= 0 && (uint)field < (uint)_series!.FieldCount) return _series.Value(field, _index);
        if ((uint)field >= (uint)definition.Fields.Count) throw definition.FieldOutOfRange(field);
        return double.NaN;
    }
}
