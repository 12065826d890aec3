using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>roc</c>.</summary>
public static class RocCatalog
{
    /// <summary>Rate of change of close in percent; parameter <c>period</c> (default 14); fields roc, momentum.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "roc",
        "Rate of change of close over N bars, in percent (and momentum in price units).",
        [new IndicatorParameter("period", 14, 1, 100_000, true, "Bars back.")],
        ["roc", "momentum"],
        args => new RocIncremental((int)args[0]));
}
