using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>ultimate</c>.</summary>
public static class UltimateCatalog
{
    /// <summary>Ultimate Oscillator, 0..100; parameters short_period 7, middle_period 14, long_period 28.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "ultimate",
        "Ultimate Oscillator: weighted buying pressure over three windows, 0..100.",
        [
            new IndicatorParameter("short_period", 7, 1, 100_000, true, "Bars of the short average."),
            new IndicatorParameter("middle_period", 14, 2, 100_000, true, "Bars of the middle average (more than short_period)."),
            new IndicatorParameter("long_period", 28, 3, 100_000, true, "Bars of the long average (more than middle_period)."),
        ],
        ["ultimate"],
        args => new UltimateIncremental((int)args[0], (int)args[1], (int)args[2]));
}
