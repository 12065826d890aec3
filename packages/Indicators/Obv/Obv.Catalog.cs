using Trader.Indicators.Catalog;

namespace Trader.Indicators;

/// <summary>Catalog entry of On-Balance Volume.</summary>
public static class ObvCatalog
{
    /// <summary>Catalog entry <c>obv</c>: no parameters; field <c>obv</c>.</summary>
    public static IndicatorDefinition Definition { get; } = new(
        "obv",
        "On-Balance Volume: running sum of +volume on up-closes and -volume on down-closes, from 0.",
        [],
        ["obv"],
        _ => new ObvIncremental());
}
