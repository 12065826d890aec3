using Trader.Core.Config;
using Trader.Core.Errors;
using Trader.Core.Strategies;
using Trader.Core.Strategies.Rules;
using Trader.Indicators.Catalog;

namespace Trader.App.Run;

/// <summary>Builds a fresh strategy from a validated <see cref="StrategyConfig"/>.</summary>
/// <remarks>Only <c>rules</c> is built here; the built-in types join when their implementations land in Core.</remarks>
internal static class StrategyBuilder
{
    /// <exception cref="ConfigException">The type has no implementation in this build.</exception>
    public static IStrategy Create(StrategyConfig config)
    {
        if (config.Params is not RulesParams rules)
        {
            throw new ConfigException(
                $"strategy.type '{config.Type}' is a valid type but its implementation is not built into this trader yet; " +
                "use 'type: rules' with indicators and entry/exit expressions (see docs/config.md).");
        }
        var indicators = new Dictionary<string, IIndicator>(StringComparer.Ordinal);
        foreach (var spec in rules.Indicators)
        {
            try
            {
                indicators[spec.Alias] = IndicatorCatalog.Find(spec.Kind).Create(spec.Arguments);
            }
            catch (ArgumentException e)
            {
                throw new ConfigException($"indicator '{spec.Alias}' ({spec.Kind}): {e.Message}");
            }
        }
        try
        {
            return RulesStrategy.Create(new RuleBindings(indicators), rules.Entry, rules.Exit);
        }
        catch (RuleException e)
        {
            throw new ConfigException($"strategy rules: {e.Message}");
        }
    }
}
