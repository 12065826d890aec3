using System.Reflection;
using Trader.Domain;
using YamlDotNet.RepresentationModel;

namespace Trader.Hosting.Config.Yaml;

/// <summary>
/// Binds a mapping to a positional record by its constructor: each parameter is a snake_case key; parameters with
/// a default are optional. Nested records bind recursively. After binding, <see cref="IValidatedConfig"/> runs and
/// each violation is reported at its key. Adding a parameter to a record is all it takes to accept a new key.
/// </summary>
internal static class RecordBinder
{
    /// <summary>Binds <paramref name="node"/> to <paramref name="type"/>; null when anything in it was reported.</summary>
    public static object? Bind(ConfigReader reader, YamlNode node, Type type, string path)
    {
        var parameters = SnakeCase.Parameters(type);
        var section = reader.Section(node, path, parameters.Select(p => p.Key).ToArray());
        return section is null ? null : Bind(section, type);
    }

    /// <summary>Binds an open section to <paramref name="type"/>, checks unknown keys and rules.</summary>
    public static object? Bind(YamlSection section, Type type)
    {
        var reader = section.Reader;
        int before = reader.Errors.Count;
        var parameters = SnakeCase.Parameters(type);
        var args = new object?[parameters.Count];
        for (int i = 0; i < parameters.Count; i++)
        {
            var (key, parameter) = parameters[i];
            var node = section.Value(key);
            if (node is null)
            {
                if (parameter.HasDefaultValue) args[i] = parameter.DefaultValue;
                else section.Missing(key, $"expected {Describe(parameter.ParameterType)}");
                continue;
            }
            if (IsRecord(parameter.ParameterType))
                args[i] = Bind(reader, node, parameter.ParameterType, section.PathOf(key));
            else if (reader.TryConvert(node, parameter.ParameterType, section.PathOf(key), out var value))
                args[i] = value;
        }
        section.CheckUnknownKeys();
        if (reader.Errors.Count > before) return null;

        var record = Activator.CreateInstance(type, args)!;
        Report(section, record);
        return reader.Errors.Count > before ? null : record;
    }

    /// <summary>Reports the record's rule violations at the keys they name.</summary>
    public static void Report(YamlSection section, object record)
    {
        if (record is not IValidatedConfig rules) return;
        foreach (var v in rules.Violations())
        {
            var keys = v.Property.Split('.').Select(SnakeCase.From).ToArray();
            var (at, path) = Locate(section, keys);
            section.Reader.Error(at, $"'{path}' {v.Message}");
        }
    }

    private static (YamlDotNet.Core.Mark At, string Path) Locate(YamlSection section, string[] keys)
    {
        YamlNode current = section.Node;
        string path = section.Path;
        foreach (var key in keys)
        {
            path = path.Length == 0 ? key : $"{path}.{key}";
            if (current is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var next)) current = next;
            else return (current.Start, path);
        }
        return (current.Start, path);
    }

    private static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && type.GetMethod("<Clone>$") is not null;

    private static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(int)) return "a whole number";
        if (type == typeof(double) || type == typeof(decimal)) return "a number";
        if (type == typeof(Timeframe)) return $"one of {Timeframe.AcceptedValues}";
        if (type.IsEnum) return $"one of {string.Join(", ", type.GetEnumNames().Select(SnakeCase.From))}";
        if (IsRecord(type)) return $"a mapping with keys {string.Join(", ", SnakeCase.Parameters(type).Select(p => p.Key))}";
        return "a value";
    }
}
