using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>macd</c>.</summary>
public static class MacdCatalog
{
    /// <summary>MACD of close; parameters fast_period 12, slow_period 26, signal_period 9.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "macd",
        "Moving average convergence/divergence of close (fast EMA - slow EMA, signal EMA, histogram).",
        [
            new IndicatorParameter("fast_period", 12, 1, 100_000, true, "Bars of the fast EMA (less than slow_period)."),
            new IndicatorParameter("slow_period", 26, 2, 100_000, true, "Bars of the slow EMA."),
            new IndicatorParameter("signal_period", 9, 1, 100_000, true, "Bars of the signal EMA of MACD."),
        ],
        ["macd", "signal", "histogram", "fast_ema", "slow_ema"],
        args => new MacdIncremental((int)args[0], (int)args[1], (int)args[2]))
    {
        Plot = IndicatorPlot.InPane("macd", "signal", "histogram"),
    };
}
