using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Strategies.Tests.Rules;

/// <summary>Test-only indicator that outputs fixed values: field f after the n-th candle is fields[f][n-1] (NaN before the first).</summary>
public sealed class SequenceIndicator : IIndicator
{
    private readonly double[][] _fields;
    private int _added;

    public SequenceIndicator(string[] fieldNames, params double[][] fields)
    {
        _fields = fields;
        Definition = new IndicatorDefinition("seq", "fixed test values", [], fieldNames, _ => throw new NotSupportedException());
    }

    public SequenceIndicator(params double[] values) : this(["value"], values) { }

    public IndicatorDefinition Definition { get; }

    public bool IsReady => _added > 0 && !double.IsNaN(Value(0));

    /// <summary>Candles fed so far.</summary>
    public int Added => _added;

    public void Add(in Candle candle) => _added++;

    public double Value(int field) => _added == 0 ? double.NaN : _fields[field][_added - 1];
}
