using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>mfi</c>.</summary>
public static class MfiCatalog
{
    /// <summary>Money flow index, 0..100; parameter <c>period</c> (default 14).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "mfi",
        "Money flow index (volume-weighted RSI of the typical price), 0..100.",
        [new IndicatorParameter("period", 14, 1, 100_000, true, "Bars in the window.")],
        ["mfi"],
        args => new MfiIncremental((int)args[0]));
}
