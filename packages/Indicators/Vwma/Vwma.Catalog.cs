using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>vwma</c>.</summary>
public static class VwmaCatalog
{
    /// <summary>Volume-weighted moving average of close; parameter <c>period</c> (default 10).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "vwma",
        "Volume-weighted moving average of close.",
        [new IndicatorParameter("period", 10, 1, 100_000, true, "Bars in the window.")],
        ["vwma"],
        args => new VwmaIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.OnPrice("vwma"),
    };
}
