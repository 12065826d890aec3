using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of Average True Range.</summary>
public static class AtrCatalog
{
    /// <summary>Catalog entry <c>atr</c>: <c>period</c> (14); fields <c>atr</c> (primary), <c>tr</c>, <c>atrp</c> (percent of close).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "atr",
        "Average True Range (Wilder), price units; atrp is ATR as a percent of close.",
        [new IndicatorParameter("period", 14, 1, 1000, true, "Smoothing period N.")],
        ["atr", "tr", "atrp"],
        args => new AtrIncremental((int)args[0]));
}
