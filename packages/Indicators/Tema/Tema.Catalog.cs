using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>tema</c>.</summary>
public static class TemaCatalog
{
    /// <summary>Triple EMA of close; parameter <c>period</c> (default 20).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "tema",
        "Triple exponential moving average of close: 3*EMA1 - 3*EMA2 + EMA3.",
        [new IndicatorParameter("period", 20, 1, 100_000, true, "Bars of smoothing.")],
        ["tema"],
        args => new TemaIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.OnPrice("tema"),
    };
}
