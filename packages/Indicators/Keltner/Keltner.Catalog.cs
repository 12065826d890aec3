using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of Keltner Channels.</summary>
public static class KeltnerCatalog
{
    /// <summary>
    /// Catalog entry <c>keltner</c>: <c>ema_period</c> (20), <c>multiplier</c> (2), <c>atr_period</c> (10);
    /// fields <c>middle</c> (primary, the EMA), <c>upper</c>, <c>lower</c>, <c>width</c> (fraction of middle).
    /// </summary>
    public static IndicatorDefinition Definition { get; } = new(
        "keltner",
        "Keltner Channels: EMA centerline with bands at multiplier x Wilder ATR.",
        [
            new IndicatorParameter("ema_period", 20, 1, 1000, true, "Centerline EMA period."),
            new IndicatorParameter("multiplier", 2, 0.01, 100, false, "Band distance in ATRs."),
            new IndicatorParameter("atr_period", 10, 1, 1000, true, "ATR period."),
        ],
        ["middle", "upper", "lower", "width"],
        args => new KeltnerIncremental((int)args[0], args[1], (int)args[2]))
    {
        Plot = IndicatorPlot.OnPrice("upper", "middle", "lower"),
    };
}
