using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>cci</c>.</summary>
public static class CciCatalog
{
    /// <summary>Commodity channel index; parameter <c>period</c> (default 20).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "cci",
        "Commodity channel index of the typical price (high+low+close)/3.",
        [new IndicatorParameter("period", 20, 1, 100_000, true, "Bars in the window.")],
        ["cci"],
        args => new CciIncremental((int)args[0]));
}
