using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>kama</c>.</summary>
public static class KamaCatalog
{
    /// <summary>Kaufman adaptive moving average of close; parameters er_period 10, fast_period 2, slow_period 30; fields kama, er.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "kama",
        "Kaufman adaptive moving average of close (and its efficiency ratio).",
        [
            new IndicatorParameter("er_period", 10, 1, 100_000, true, "Bars of the efficiency ratio."),
            new IndicatorParameter("fast_period", 2, 1, 100_000, true, "EMA period of the fastest smoothing (less than slow_period)."),
            new IndicatorParameter("slow_period", 30, 2, 100_000, true, "EMA period of the slowest smoothing."),
        ],
        ["kama", "er"],
        args => new KamaIncremental((int)args[0], (int)args[1], (int)args[2]))
    {
        Plot = IndicatorPlot.OnPrice("kama"),
    };
}
