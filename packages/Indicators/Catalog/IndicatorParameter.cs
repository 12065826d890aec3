namespace Trader.Indicators.Catalog;

/// <summary>One parameter of a catalog indicator, with its default and inclusive valid range.</summary>
/// <param name="Name">snake_case name as written in configs, e.g. <c>period</c>, <c>std_dev</c>.</param>
/// <param name="Default">Value used when a config omits the parameter.</param>
/// <param name="Min">Smallest valid value (inclusive).</param>
/// <param name="Max">Largest valid value (inclusive).</param>
/// <param name="IsInteger">True when only whole numbers are valid.</param>
/// <param name="Description">One line of help text.</param>
public sealed record IndicatorParameter(string Name, double Default, double Min, double Max, bool IsInteger, string Description);
