using Trader.Indicators.Catalog;

namespace Trader.Strategies;

/// <summary>Every indicator a fresh incremental instance of its own, from the catalog's factory.</summary>
public sealed class FreshIndicators : IIndicatorSource
{
    private FreshIndicators()
    {
    }

    /// <summary>The one instance (it holds nothing).</summary>
    public static FreshIndicators Instance { get; } = new();

    /// <inheritdoc />
    public IIndicator Create(IndicatorDefinition definition, IReadOnlyList<double> arguments)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Factory(arguments);
    }
}
