using Trader.Strategies;
using Trader.Strategies.Rules;

namespace Trader.Hosting.Config.Yaml;

/// <summary>
/// Binds <c>strategy.params</c> to the params record of a registered strategy. The rules language has its own binder
/// (indicator table plus expression text); every other strategy's params are a plain record.
/// </summary>
internal static class StrategyParamsBinder
{
    /// <summary>Binds and validates <c>strategy.params</c>, reporting problems to the section's reader; null when any were found.</summary>
    public static object? Bind(StrategyDefinition definition, YamlSection section) =>
        definition.ParamsType == typeof(RulesParams) ? RulesBinder.Bind(section) : RecordBinder.Bind(section, definition.ParamsType);
}
