using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of Ichimoku Cloud.</summary>
public static class IchimokuCatalog
{
    /// <summary>
    /// Catalog entry <c>ichimoku</c>: <c>tenkan</c> (9), <c>kijun</c> (26, also the span offset), <c>senkou_b</c> (52);
    /// fields <c>tenkan</c> (primary), <c>kijun</c>, <c>senkou_a</c>, <c>senkou_b</c>. The chikou span is left out:
    /// it is a future close, which a candle-by-candle consumer cannot know (the batch form has it).
    /// </summary>
    public static IndicatorDefinition Definition { get; } = new(
        "ichimoku",
        "Ichimoku Cloud: tenkan, kijun, and leading spans A/B shifted forward by kijun candles (no chikou: it is a future close).",
        [
            new IndicatorParameter("tenkan", 9, 1, 1000, true, "Conversion-line window."),
            new IndicatorParameter("kijun", 26, 1, 1000, true, "Base-line window and span offset."),
            new IndicatorParameter("senkou_b", 52, 1, 1000, true, "Leading-span-B window."),
        ],
        ["tenkan", "kijun", "senkou_a", "senkou_b"],
        args => new IchimokuIncremental((int)args[0], (int)args[1], (int)args[2]))
    {
        Plot = IndicatorPlot.OnPrice("tenkan", "kijun", "senkou_a", "senkou_b"),
    };
}
