using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry <c>trix</c>.</summary>
public static class TrixCatalog
{
    /// <summary>TRIX of close; parameter <c>period</c> (default 14); fields trix (percent per bar), ema3.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "trix",
        "TRIX: percent change per bar of a triple-smoothed EMA of close.",
        [new IndicatorParameter("period", 14, 1, 100_000, true, "Bars of smoothing.")],
        ["trix", "ema3"],
        args => new TrixIncremental((int)args[0]));
}
