using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>stoch</c>.</summary>
public static class StochCatalog
{
    /// <summary>Stochastic oscillator; fields oscillator (%K), signal (%D), percent_j (%J), 0..100.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "stoch",
        "Stochastic oscillator (%K, %D, %J) over high, low and close, 0..100.",
        [
            new IndicatorParameter("period", 14, 1, 100_000, true, "Bars for the highest high and lowest low."),
            new IndicatorParameter("signal_period", 3, 1, 100_000, true, "Bars of the %D SMA."),
            new IndicatorParameter("smooth_period", 3, 1, 100_000, true, "Bars of the %K SMA (1 = fast stochastic)."),
            new IndicatorParameter("k_factor", 3, 0.001, 1_000, false, "Weight of %K in %J."),
            new IndicatorParameter("d_factor", 2, 0.001, 1_000, false, "Weight of %D in %J."),
        ],
        ["oscillator", "signal", "percent_j"],
        args => new StochIncremental((int)args[0], (int)args[1], (int)args[2], args[3], args[4]))
    {
        Plot = IndicatorPlot.InPane("oscillator", "signal"),
    };
}
