using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of True Range.</summary>
public static class TrueRangeCatalog
{
    /// <summary>Catalog entry <c>tr</c>: no parameters; field <c>tr</c>.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "tr",
        "True Range: max(high - low, |high - previous close|, |low - previous close|); undefined on the first candle.",
        [],
        ["tr"],
        _ => new TrueRangeIncremental());
}
