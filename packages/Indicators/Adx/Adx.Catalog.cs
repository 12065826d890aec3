using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of the Average Directional Index.</summary>
public static class AdxCatalog
{
    /// <summary>Catalog entry <c>adx</c>: <c>period</c> (14); fields <c>adx</c> (primary), <c>pdi</c>, <c>mdi</c>, <c>dx</c>, <c>adxr</c>, all 0..100.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "adx",
        "Average Directional Index (Wilder) with +DI, -DI, DX and ADXR, 0..100.",
        [new IndicatorParameter("period", 14, 1, 1000, true, "Lookback N.")],
        ["adx", "pdi", "mdi", "dx", "adxr"],
        args => new AdxIncremental((int)args[0]))
    {
        Plot = IndicatorPlot.InPane("adx", "pdi", "mdi"),
    };
}
