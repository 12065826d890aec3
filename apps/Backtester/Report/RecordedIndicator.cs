using Trader.Strategies;
using Trader.Indicators.Catalog;

namespace Trader.Backtester.Report;

/// <summary>The plotted fields of one strategy indicator, one value per candle (NaN while undefined).</summary>
internal sealed class RecordedIndicator
{
    private readonly IIndicator _source;
    private readonly int[] _fields;
    private readonly List<double>[] _values;

    /// <param name="indicator">The strategy's indicator; its catalog entry says which fields to plot.</param>
    /// <param name="capacity">Candles expected.</param>
    public RecordedIndicator(StrategyIndicator indicator, int capacity)
    {
        _source = indicator.Indicator;
        Label = indicator.Label;
        Plot = _source.Definition.Plot;
        _fields = Plot.Fields.Select(_source.Definition.FieldIndex).ToArray();
        _values = _fields.Select(_ => new List<double>(capacity)).ToArray();
    }

    /// <summary>The strategy's name for it.</summary>
    public string Label { get; }

    /// <summary>Fields and scale, from the catalog.</summary>
    public IndicatorPlot Plot { get; }

    /// <summary>Per plotted field (in <see cref="IndicatorPlot.Fields"/> order), the values in candle order.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Values => _values;

    /// <summary>Appends the current value of every plotted field.</summary>
    public void Read()
    {
        for (int i = 0; i < _fields.Length; i++) _values[i].Add(_source.Value(_fields[i]));
    }
}
