using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of VWAP.</summary>
public static class VwapCatalog
{
    /// <summary>Catalog entry <c>vwap</c>: no parameters (anchored at the first candle); field <c>vwap</c>.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "vwap",
        "Volume-weighted average of (high+low+close)/3, anchored at the first candle.",
        [],
        ["vwap"],
        _ => new VwapIncremental())
    {
        Plot = IndicatorPlot.OnPrice("vwap"),
    };
}
