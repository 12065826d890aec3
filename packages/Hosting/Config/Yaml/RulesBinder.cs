using System.Globalization;
using System.Text.RegularExpressions;
using Trader.Domain;
using Trader.Strategies.Rules;
using Trader.Indicators.Catalog;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trader.Hosting.Config.Yaml;

/// <summary>
/// Binds <c>rules</c> strategy params: <c>indicators</c> (alias -> kind + catalog params) and the <c>entry</c> and
/// <c>exit</c> expressions, which stay text (with their positions) for the rules language to parse later.
/// </summary>
internal static partial class RulesBinder
{
    private const string KindKey = "kind";

    public static object? Bind(YamlSection section)
    {
        var reader = section.Reader;
        int before = reader.Errors.Count;
        var indicators = BindIndicators(section);
        var entry = BindText(section, "entry", "e.g. entry: \"rsi < 30\"");
        var exit = BindText(section, "exit", "e.g. exit: \"rsi > 70\"");
        section.CheckUnknownKeys();
        if (reader.Errors.Count > before) return null;
        Compile(reader, indicators, entry!, exit!);
        return reader.Errors.Count > before ? null : new RulesParams(indicators, entry!, exit!) { Source = reader.File };
    }

    // Compiling at load time reports expression mistakes (unknown names, fields, syntax) with their file positions
    // before anything runs. Each rule gets its own compiler so both are checked; the instances are thrown away.
    private static void Compile(ConfigReader reader, List<IndicatorSpec> specs, RuleText entry, RuleText exit)
    {
        var indicators = new Dictionary<string, IIndicator>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var indicator = IndicatorCatalog.Find(spec.Kind).Create(spec.Arguments);
            try
            {
                _ = new RuleCompiler(new RuleBindings(new Dictionary<string, IIndicator> { [spec.Alias] = indicator }));
                indicators[spec.Alias] = indicator;
            }
            catch (ArgumentException e)
            {
                reader.Error(new Mark(0, spec.Line, spec.Column), $"indicator alias {e.Problem()}");
            }
        }
        if (indicators.Count < specs.Count) return;
        foreach (var rule in new[] { entry, exit })
        {
            try
            {
                new RuleCompiler(new RuleBindings(indicators)).Compile(rule);
            }
            catch (RuleException e)
            {
                reader.Error(new Mark(0, e.Line, e.Column), e.Problem);
            }
        }
    }

    private static List<IndicatorSpec> BindIndicators(YamlSection section)
    {
        var reader = section.Reader;
        var specs = new List<IndicatorSpec>();
        var node = section.Value("indicators");
        if (node is null)
        {
            section.Missing("indicators", "a mapping of alias -> { kind: <indicator>, <param>: <value> }, e.g. fast: { kind: ema, period: 9 }");
            return specs;
        }
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, $"'{section.PathOf("indicators")}' must be a mapping of alias -> {{ kind: ..., params }}, got {ConfigReader.Describe(node)}");
            return specs;
        }

        var known = IndicatorCatalog.All.Select(d => d.Name).ToArray();
        foreach (var (aliasNode, specNode) in map.Children)
        {
            string alias = (aliasNode as YamlScalarNode)?.Value ?? string.Empty;
            string path = $"{section.PathOf("indicators")}.{alias}";
            if (!AliasPattern().IsMatch(alias))
                reader.Error(aliasNode, $"indicator alias '{alias}' must start with a letter and use only a-z, 0-9 and _, e.g. fast_ema");
            if (specNode is not YamlMappingNode spec)
            {
                reader.Error(specNode, $"'{path}' must be a mapping like {{ kind: ema, period: 9 }}, got {ConfigReader.Describe(specNode)}");
                continue;
            }

            string? kind = null;
            var arguments = new Dictionary<string, double>(StringComparer.Ordinal);
            bool argumentsOk = true;
            foreach (var (keyNode, valueNode) in spec.Children)
            {
                string key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (key == KindKey)
                {
                    if (reader.TryConvert(valueNode, typeof(string), $"{path}.{KindKey}", out var k)) kind = (string?)k;
                    continue;
                }
                if (valueNode is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                    arguments[key] = v;
                else
                {
                    reader.Error(valueNode, $"'{path}.{key}' must be a number, got {ConfigReader.Describe(valueNode)}");
                    argumentsOk = false;
                }
            }

            if (string.IsNullOrEmpty(kind))
            {
                reader.Error(spec, $"missing required key '{path}.{KindKey}': the indicator's catalog name. Known: {Known(known)}");
                continue;
            }
            if (!IndicatorCatalog.TryFind(kind, out var definition))
            {
                reader.Error(spec.Children[new YamlScalarNode(KindKey)], $"unknown indicator kind '{kind}' for '{path}'. Known: {Known(known)}.{Suggest.Hint(kind, known)}");
                continue;
            }
            if (argumentsOk && Validate(reader, spec, path, definition, arguments))
                specs.Add(new IndicatorSpec(alias, kind, arguments, (int)aliasNode.Start.Line, (int)aliasNode.Start.Column));
        }
        return specs;
    }

    // The catalog owns parameter names and ranges; building a throwaway instance is the one check it offers.
    private static bool Validate(ConfigReader reader, YamlMappingNode spec, string path, IndicatorDefinition definition, Dictionary<string, double> arguments)
    {
        try
        {
            definition.Create(arguments);
            return true;
        }
        catch (ArgumentOutOfRangeException e)
        {
            var at = spec.Children.TryGetValue(new YamlScalarNode(e.ParamName ?? string.Empty), out var node) ? node : spec;
            reader.Error(at, $"'{path}.{e.ParamName}': {e.Problem()}");
        }
        catch (ArgumentException e)
        {
            var names = definition.Parameters.Select(p => p.Name).ToArray();
            var unknown = arguments.Keys.FirstOrDefault(k => !names.Contains(k)) ?? string.Empty;
            var at = spec.Children.Keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == unknown) ?? spec;
            reader.Error(at, $"'{path}': {e.Problem()}{Suggest.Hint(unknown, names)}");
        }
        return false;
    }

    private static RuleText? BindText(YamlSection section, string key, string example)
    {
        var node = section.Value(key);
        if (node is null)
        {
            section.Missing(key, $"an expression over the indicators, {example}");
            return null;
        }
        if (node is not YamlScalarNode { Value: { } text } scalar || string.IsNullOrWhiteSpace(text) || ConfigReader.IsNull(node))
        {
            section.Reader.Error(node, $"'{section.PathOf(key)}' must be a non-empty expression, {example}");
            return null;
        }
        // A quoted scalar starts at its quote; the expression (and every column the rules language reports) one later.
        int quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return new RuleText(text, (int)scalar.Start.Line, (int)scalar.Start.Column + quote);
    }

    private static string Known(string[] known) => known.Length == 0 ? "(none registered)" : string.Join(", ", known);

    // ArgumentException appends " (Parameter 'x')" on its own line; the config message says where already.

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex AliasPattern();
}
