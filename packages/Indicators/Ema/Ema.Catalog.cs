using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>ema</c>.</summary>
public static class EmaCatalog
{
    /// <summary>Exponential moving average of close; parameter <c>period</c> (default 20).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "ema",
        "Exponential moving average of close (SMA-seeded, k = 2/(N+1)).",
        [new IndicatorParameter("period", 20, 1, 100_000, true, "Bars of smoothing.")],
        ["ema"],
        args => new EmaIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.OnPrice("ema"),
    };
}
