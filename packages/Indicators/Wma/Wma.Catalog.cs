using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>wma</c>.</summary>
public static class WmaCatalog
{
    /// <summary>Linearly weighted moving average of close; parameter <c>period</c> (default 14).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "wma",
        "Linearly weighted moving average of close (newest weight N).",
        [new IndicatorParameter("period", 14, 1, 100_000, true, "Bars in the window.")],
        ["wma"],
        args => new WmaIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.OnPrice("wma"),
    };
}
