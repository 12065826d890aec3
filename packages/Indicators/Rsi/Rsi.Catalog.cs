using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>rsi</c>.</summary>
public static class RsiCatalog
{
    /// <summary>Wilder RSI of close, 0..100; parameter <c>period</c> (default 14).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "rsi",
        "Wilder relative strength index of close, 0..100.",
        [new IndicatorParameter("period", 14, 1, 100_000, true, "Bars of smoothing.")],
        ["rsi"],
        args => new RsiIncremental((int)args[0]));
}
