using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of Donchian Channels.</summary>
public static class DonchianCatalog
{
    /// <summary>Catalog entry <c>donchian</c>: <c>period</c> (20); fields <c>middle</c> (primary), <c>upper</c>, <c>lower</c>, <c>width</c> (fraction).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "donchian",
        "Donchian Channels: highest high and lowest low of the N candles before the current one.",
        [new IndicatorParameter("period", 20, 1, 1000, true, "Window N (excludes the current candle).")],
        ["middle", "upper", "lower", "width"],
        args => new DonchianIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.OnPrice("upper", "middle", "lower"),
    };
}
