using System.Globalization;
using Trader.Backtester.Sweep;
using Trader.Core.Config;
using Trader.Core.Errors;
using Trader.Core.Strategies;
using Trader.Core.Strategies.Rules;
using Trader.Indicators.Catalog;

namespace Trader.Backtester.Run;

/// <summary>
/// Builds a fresh strategy from a validated <see cref="StrategyConfig"/>, optionally with swept parameters
/// (<c>name</c> for a built-in's params, <c>alias.param</c> for a rules indicator).
/// </summary>
internal static class StrategyFactory
{
    /// <exception cref="ConfigException">The type has no implementation in this build, or an override does not fit.</exception>
    public static IStrategy Create(StrategyConfig config, IReadOnlyDictionary<string, double>? overrides = null)
    {
        overrides ??= new Dictionary<string, double>();
        if (config.Params is RulesParams rules) return CreateRules(rules, overrides);
        // Overrides are checked against the params record even before the built-in exists, so a bad --sweep says so first.
        if (overrides.Count > 0) OverrideParams(config.Params, overrides);
        throw new ConfigException(
            $"strategy.type '{config.Type}' is a valid type but its implementation has not been built into this backtester yet; " +
            "use 'type: rules' with indicators and entry/exit expressions (see docs/rules.md).");
    }

    /// <summary>Applies overrides to a built-in's params record (checked by the record's own rules).</summary>
    public static object OverrideParams(object parameters, IReadOnlyDictionary<string, double> overrides)
    {
        var changed = RecordOverride.With(parameters, overrides);
        if (changed is IConfigRules rules && rules.Violations() is { Count: > 0 } violations)
        {
            throw new ConfigException($"--sweep {Describe(overrides)}: {string.Join("; ", violations.Select(v => v.ToString()))}");
        }
        return changed;
    }

    private static RulesStrategy CreateRules(RulesParams rules, IReadOnlyDictionary<string, double> overrides)
    {
        var known = rules.Indicators.SelectMany(i => IndicatorCatalog.Find(i.Kind).Parameters.Select(p => $"{i.Alias}.{p.Name}")).ToHashSet(StringComparer.Ordinal);
        foreach (var key in overrides.Keys)
        {
            if (!known.Contains(key))
            {
                throw new ConfigException($"--sweep {key}: a rules strategy sweeps indicator parameters as alias.param. Known: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
            }
        }
        var indicators = new Dictionary<string, IIndicator>(StringComparer.Ordinal);
        foreach (var spec in rules.Indicators)
        {
            var arguments = new Dictionary<string, double>(spec.Arguments, StringComparer.Ordinal);
            foreach (var (key, value) in overrides)
            {
                if (key.StartsWith(spec.Alias + ".", StringComparison.Ordinal)) arguments[key[(spec.Alias.Length + 1)..]] = value;
            }
            try
            {
                indicators[spec.Alias] = IndicatorCatalog.Find(spec.Kind).Create(arguments);
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

    public static string Describe(IReadOnlyDictionary<string, double> values) =>
        string.Join(" ", values.Select(kv => $"{kv.Key}={kv.Value.ToString(CultureInfo.InvariantCulture)}"));
}
