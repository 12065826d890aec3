using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>dema</c>.</summary>
public static class DemaCatalog
{
    /// <summary>Double EMA of close; parameter <c>period</c> (default 14).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "dema",
        "Double exponential moving average of close: 2*EMA - EMA(EMA).",
        [new IndicatorParameter("period", 14, 1, 100_000, true, "Bars of smoothing.")],
        ["dema"],
        args => new DemaIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.OnPrice("dema"),
    };
}
