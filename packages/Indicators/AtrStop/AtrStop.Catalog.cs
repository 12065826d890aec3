using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of the ATR trailing stop.</summary>
public static class AtrStopCatalog
{
    /// <summary>
    /// Catalog entry <c>atr_stop</c>: <c>period</c> (21), <c>multiplier</c> (3), <c>end</c> (0 = close, 1 = high/low);
    /// fields <c>stop</c> (primary), <c>buy_stop</c>, <c>sell_stop</c>, <c>atr</c>.
    /// </summary>
    public static IndicatorDefinition Definition { get; } = new(
        "atr_stop",
        "ATR trailing stop: stop is the active band; buy_stop is set while bearish, sell_stop while bullish.",
        [
            new IndicatorParameter("period", 21, 1, 1000, true, "ATR period N."),
            new IndicatorParameter("multiplier", 3, 0.01, 100, false, "Band distance in ATRs."),
            new IndicatorParameter("end", 0, 0, 1, true, "Offset from: 0 = close, 1 = high/low."),
        ],
        ["stop", "buy_stop", "sell_stop", "atr"],
        args => new AtrStopIncremental((int)args[0], args[1], (AtrStopEnd)(int)args[2]))
    {
        Plot = IndicatorPlot.OnPrice("stop"),
    };
}
