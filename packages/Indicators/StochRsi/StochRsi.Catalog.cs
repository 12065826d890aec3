using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>stoch_rsi</c>.</summary>
public static class StochRsiCatalog
{
    /// <summary>Stochastic RSI of close, 0..100; fields stoch_rsi, signal.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "stoch_rsi",
        "Stochastic oscillator of RSI of close, 0..100.",
        [
            new IndicatorParameter("rsi_period", 14, 1, 100_000, true, "Bars of the RSI."),
            new IndicatorParameter("stoch_period", 14, 1, 100_000, true, "Bars of the stochastic window over RSI."),
            new IndicatorParameter("signal_period", 3, 1, 100_000, true, "Bars of the signal SMA."),
            new IndicatorParameter("smooth_period", 1, 1, 100_000, true, "Bars of the %K SMA (1 = unsmoothed)."),
        ],
        ["stoch_rsi", "signal"],
        args => new StochRsiIncremental((int)args[0], (int)args[1], (int)args[2], (int)args[3]))
    {
        Plot = IndicatorPlot.InPane("stoch_rsi", "signal"),
    };
}
