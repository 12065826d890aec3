using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of Chaikin Money Flow.</summary>
public static class CmfCatalog
{
    /// <summary>Catalog entry <c>cmf</c>: <c>period</c> (20); fields <c>cmf</c> (primary), <c>mfm</c> (multiplier), <c>mfv</c> (money-flow volume).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "cmf",
        "Chaikin Money Flow, -1..1, with the money-flow multiplier (mfm) and money-flow volume (mfv).",
        [new IndicatorParameter("period", 20, 1, 1000, true, "Window N.")],
        ["cmf", "mfm", "mfv"],
        args => new CmfIncremental((int)args[0]));
}
