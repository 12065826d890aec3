using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>smma</c>.</summary>
public static class SmmaCatalog
{
    /// <summary>Smoothed (Wilder) moving average of close; parameter <c>period</c> (default 20).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "smma",
        "Smoothed (Wilder/RMA) moving average of close.",
        [new IndicatorParameter("period", 20, 1, 100_000, true, "Bars of smoothing.")],
        ["smma"],
        args => new SmmaIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.OnPrice("smma"),
    };
}
