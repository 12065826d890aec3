using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>hma</c>.</summary>
public static class HmaCatalog
{
    /// <summary>Hull moving average of close; parameter <c>period</c> (default 14).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "hma",
        "Hull moving average of close: WMA(sqrt N) of 2*WMA(N/2) - WMA(N).",
        [new IndicatorParameter("period", 14, 2, 100_000, true, "Bars in the window.")],
        ["hma"],
        args => new HmaIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.OnPrice("hma"),
    };
}
