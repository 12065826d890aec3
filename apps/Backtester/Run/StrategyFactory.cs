using System.Globalization;
using Trader.Backtester.Sweep;
using Trader.Domain;
using Trader.Strategies;
using Trader.Strategies.Rules;
using Trader.Indicators.Catalog;

namespace Trader.Backtester.Run;

/// <summary>
/// Builds a fresh strategy through <see cref="StrategyRegistry.Create(StrategyConfig, IIndicatorSource)"/>, optionally with swept parameters:
/// <c>name</c> for a built-in's params (<c>rsi_period</c>), <c>alias.param</c> for a rules indicator (<c>rsi.period</c>).
/// </summary>
internal static class StrategyFactory
{
    /// <exception cref="ConfigException">An override does not name a parameter, does not fit it, or breaks the params' rules.</exception>
    public static IStrategy Create(StrategyConfig config, IReadOnlyDictionary<string, double>? overrides = null) =>
        Create(config, overrides, FreshIndicators.Instance);

    /// <summary>The same, the strategy's indicators from <paramref name="indicators"/>.</summary>
    /// <exception cref="ConfigException">As <see cref="Create(StrategyConfig, IReadOnlyDictionary{string, double}?)"/>.</exception>
    public static IStrategy Create(StrategyConfig config, IReadOnlyDictionary<string, double>? overrides, IIndicatorSource indicators)
    {
        if (overrides is null || overrides.Count == 0) return StrategyRegistry.Create(config, indicators);
        object parameters = config.Params is RulesParams rules ? OverrideRules(rules, overrides) : OverrideParams(config.Params, overrides);
        return StrategyRegistry.Create(config with { Params = parameters }, indicators);
    }

    private static object OverrideParams(object parameters, IReadOnlyDictionary<string, double> overrides)
    {
        var changed = RecordOverride.With(parameters, overrides);
        if (changed is IValidatedConfig rules && rules.Violations() is { Count: > 0 } violations)
        {
            throw new ConfigException($"--sweep {Describe(overrides)}: {Describe(violations)}");
        }
        return changed;
    }

    private static RulesParams OverrideRules(RulesParams rules, IReadOnlyDictionary<string, double> overrides)
    {
        var known = rules.Indicators.SelectMany(i => IndicatorCatalog.Find(i.Kind).Parameters.Select(p => $"{i.Alias}.{p.Name}")).ToHashSet(StringComparer.Ordinal);
        foreach (var key in overrides.Keys)
        {
            if (!known.Contains(key))
            {
                throw new ConfigException($"--sweep {key}: a rules strategy sweeps indicator parameters as alias.param. Known: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
            }
        }
        var indicators = rules.Indicators.Select(spec =>
        {
            var arguments = new Dictionary<string, double>(spec.Arguments, StringComparer.Ordinal);
            foreach (var (key, value) in overrides)
            {
                if (key.StartsWith(spec.Alias + ".", StringComparison.Ordinal)) arguments[key[(spec.Alias.Length + 1)..]] = value;
            }
            return spec with { Arguments = arguments };
        }).ToArray();
        return rules with { Indicators = indicators };
    }

    /// <summary>Violations as <c>stop_loss must be ..., take_profit ...</c>, with YAML key names.</summary>
    public static string Describe(IEnumerable<ConfigViolation> violations) =>
        string.Join("; ", violations.Select(v => $"{string.Join('.', v.Property.Split('.').Select(SnakeCase.From))} {v.Message}"));

    public static string Describe(IReadOnlyDictionary<string, double> values) =>
        string.Join(" ", values.Select(kv => $"{kv.Key}={kv.Value.ToString(CultureInfo.InvariantCulture)}"));
}
