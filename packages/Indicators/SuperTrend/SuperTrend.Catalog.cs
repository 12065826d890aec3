using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of SuperTrend.</summary>
public static class SuperTrendCatalog
{
    /// <summary>Catalog entry <c>supertrend</c>: <c>period</c> (10), <c>multiplier</c> (3); fields <c>supertrend</c> (primary), <c>upper</c>, <c>lower</c>.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "supertrend",
        "SuperTrend: ATR trailing line below price in an up-trend (lower) and above it in a down-trend (upper).",
        [
            new IndicatorParameter("period", 10, 1, 1000, true, "ATR period N."),
            new IndicatorParameter("multiplier", 3, 0.01, 100, false, "Band distance in ATRs."),
        ],
        ["supertrend", "upper", "lower"],
        args => new SuperTrendIncremental((int)args[0], args[1]))
    {
        Plot = IndicatorPlot.OnPrice("supertrend"),
    };
}
