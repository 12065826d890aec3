using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>aroon</c>.</summary>
public static class AroonCatalog
{
    /// <summary>Aroon; parameter <c>period</c> (default 25); fields oscillator (-100..100), aroon_up, aroon_down (0..100).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "aroon",
        "Aroon up/down (bars since the highest high / lowest low) and their difference.",
        [new IndicatorParameter("period", 25, 1, 100_000, true, "Bars back.")],
        ["oscillator", "aroon_up", "aroon_down"],
        args => new AroonIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.InPane("aroon_up", "aroon_down"),
    };
}
