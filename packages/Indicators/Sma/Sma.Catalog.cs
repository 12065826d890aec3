using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>sma</c>.</summary>
public static class SmaCatalog
{
    /// <summary>Simple moving average of close; parameter <c>period</c> (default 20).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "sma",
        "Simple moving average of close.",
        [new IndicatorParameter("period", 20, 1, 100_000, true, "Bars in the window.")],
        ["sma"],
        args => new SmaIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.OnPrice("sma"),
    };
}
