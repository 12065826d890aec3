using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of the Chandelier Exit.</summary>
public static class ChandelierCatalog
{
    /// <summary>Catalog entry <c>chandelier</c>: <c>period</c> (22), <c>multiplier</c> (3), <c>direction</c> (0 = long, 1 = short); field <c>exit</c>.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "chandelier",
        "Chandelier Exit: highest high - k*ATR for longs (direction 0), lowest low + k*ATR for shorts (direction 1).",
        [
            new IndicatorParameter("period", 22, 1, 1000, true, "Lookback and ATR period N."),
            new IndicatorParameter("multiplier", 3, 0.01, 100, false, "Distance in ATRs."),
            new IndicatorParameter("direction", 0, 0, 1, true, "0 = long exit, 1 = short exit."),
        ],
        ["exit"],
        args => new ChandelierIncremental((int)args[0], args[1], (ChandelierDirection)(int)args[2]))
    {
        Plot = IndicatorPlot.OnPrice("exit"),
    };
}
