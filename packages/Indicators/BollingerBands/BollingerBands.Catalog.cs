using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of Bollinger Bands.</summary>
public static class BollingerBandsCatalog
{
    /// <summary>
    /// Catalog entry <c>bb</c>: <c>period</c> (20), <c>std_dev</c> (2); fields <c>middle</c> (primary, the SMA),
    /// <c>upper</c>, <c>lower</c>, <c>percent_b</c> (fraction), <c>z_score</c>, <c>width</c> (fraction of middle).
    /// </summary>
    public static IndicatorDefinition Definition { get; } = new(
        "bb",
        "Bollinger Bands: SMA centerline and bands at std_dev population standard deviations; %B and width as fractions.",
        [
            new IndicatorParameter("period", 20, 1, 1000, true, "Window N."),
            new IndicatorParameter("std_dev", 2, 0.01, 100, false, "Band distance in standard deviations."),
        ],
        ["middle", "upper", "lower", "percent_b", "z_score", "width"],
        args => new BollingerBandsIncremental((int)args[0], args[1]))
    {
        Plot = IndicatorPlot.OnPrice("upper", "middle", "lower"),
    };
}
