using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>williams_r</c>.</summary>
public static class WilliamsRCatalog
{
    /// <summary>Williams %R, -100..0; parameter <c>period</c> (default 14).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "williams_r",
        "Williams %R over high, low and close, -100..0.",
        [new IndicatorParameter("period", 14, 1, 100_000, true, "Bars for the highest high and lowest low.")],
        ["williams_r"],
        args => new WilliamsRIncremental((int)args[0]));
}
