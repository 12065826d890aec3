using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of the rolling standard deviation.</summary>
public static class StdDevCatalog
{
    /// <summary>Catalog entry <c>stdev</c>: <c>period</c> (14); fields <c>stdev</c> (primary, population), <c>mean</c>, <c>z_score</c>.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "stdev",
        "Rolling population standard deviation of close (divide by N), with mean and z-score.",
        [new IndicatorParameter("period", 14, 1, 1000, true, "Window N.")],
        ["stdev", "mean", "z_score"],
        args => new StdDevIncremental((int)args[0]));
}
