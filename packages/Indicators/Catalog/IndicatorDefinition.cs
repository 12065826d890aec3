namespace Trader.Indicators.Catalog;

/// <summary>A catalog entry: the name configs use, its parameters and output fields, and a factory.</summary>
/// <param name="Name">Lower-case id used in configs and feature columns, e.g. <c>rsi</c>, <c>macd</c>, <c>bb</c>.</param>
/// <param name="Description">One line of help text.</param>
/// <param name="Parameters">Parameters with defaults and ranges, in positional order.</param>
/// <param name="Fields">Output field names; index 0 is the primary field, used when a config names the indicator alone.</param>
/// <param name="Factory">Builds an incremental instance from a complete, validated argument set (one value per parameter, in order).</param>
public sealed record IndicatorDefinition(
    string Name,
    string Description,
    IReadOnlyList<IndicatorParameter> Parameters,
    IReadOnlyList<string> Fields,
    Func<IReadOnlyList<double>, IIndicator> Factory);
