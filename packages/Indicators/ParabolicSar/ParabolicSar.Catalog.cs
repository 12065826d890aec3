using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of Parabolic SAR.</summary>
public static class ParabolicSarCatalog
{
    /// <summary>Catalog entry <c>psar</c>: <c>step</c> (0.02), <c>max</c> (0.2); fields <c>sar</c> (primary), <c>is_reversal</c> (1 on a reversal, else 0).</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "psar",
        "Parabolic SAR (stop and reverse); null until after the first reversal; is_reversal is 1 or 0.",
        [
            new IndicatorParameter("step", 0.02, 0.001, 1, false, "Acceleration step (also the initial factor); must not exceed max."),
            new IndicatorParameter("max", 0.2, 0.001, 1, false, "Maximum acceleration factor."),
        ],
        ["sar", "is_reversal"],
        args => new ParabolicSarIncremental(args[0], args[1]))
    {
        Plot = IndicatorPlot.OnPrice("sar"),
    };
}
