using System.Globalization;
using Trader.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trader.Hosting.Config.Yaml;

/// <summary>
/// Reads one YAML file's nodes into typed values and gathers every problem with its line and column,
/// so the loader can report them all at once instead of stopping at the first.
/// </summary>
internal sealed class ConfigReader(string file)
{
    private readonly List<ConfigError> _errors = [];

    public string File { get; } = file;

    public IReadOnlyList<ConfigError> Errors => _errors;

    public void Error(Mark at, string message) => Error(new ConfigError(File, (int)at.Line, (int)at.Column, message));

    public void Error(ConfigError error) => _errors.Add(error);

    public void Error(YamlNode at, string message) => Error(at.Start, message);

    /// <summary>
    /// Parses a whole file and opens its one document as the root section: a syntax error, an empty file, a second
    /// document or a root that is not a mapping is reported here, the same way for every kind of config file.
    /// </summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="rootKeys">Keys the root accepts.</param>
    /// <param name="kind">What one file holds, for the message about a second document, e.g. "instance".</param>
    /// <returns>The root section, or null when nothing in the file can be read.</returns>
    public YamlSection? OpenRoot(string yaml, IReadOnlyCollection<string> rootKeys, string kind)
    {
        var stream = YamlSyntax.TryLoad(yaml, File, out var syntaxError);
        if (stream is null)
        {
            Error(syntaxError!);
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            Error(new Mark(0, 1, 1), $"the file is empty; expected a mapping with keys {string.Join(", ", rootKeys)}");
            return null;
        }
        if (stream.Documents.Count > 1)
            Error(stream.Documents[1].RootNode, $"only one YAML document is allowed per {kind} file (remove the second '---')");
        return Section(stream.Documents[0].RootNode, string.Empty, rootKeys);
    }

    /// <summary>Throws every gathered problem at once, in file order, under one heading naming <paramref name="what"/>.</summary>
    /// <param name="what">What the file is, e.g. "config" or "backfill config".</param>
    /// <exception cref="ConfigException">At least one problem was reported; one <c>file:line:col: message</c> per line.</exception>
    public void ThrowIfAny(string what)
    {
        if (_errors.Count == 0) return;
        var errors = _errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray();
        string heading = $"{File}: {errors.Length} problem{(errors.Length == 1 ? "" : "s")} in the {what}:";
        throw new ConfigException(string.Join(Environment.NewLine, errors.Select(e => e.ToString()).Prepend(heading)));
    }

    /// <summary>Opens a mapping as a section with its allowed keys; reports and returns null for any other node.</summary>
    public YamlSection? Section(YamlNode node, string path, IReadOnlyCollection<string> allowedKeys)
    {
        if (node is YamlMappingNode mapping) return new YamlSection(this, mapping, path, allowedKeys);
        Error(node, $"{(path.Length == 0 ? "the file" : $"'{path}'")} must be a mapping of keys ({string.Join(", ", allowedKeys)}), got {Describe(node)}");
        return null;
    }

    /// <summary>True for an explicit YAML null (<c>~</c>, <c>null</c> or nothing after the colon).</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>Converts a node to <paramref name="type"/>; reports and returns false when it cannot.</summary>
    public bool TryConvert(YamlNode node, Type type, string path, out object? value)
    {
        value = null;
        var underlying = Nullable.GetUnderlyingType(type);
        if (IsNull(node))
        {
            if (underlying is not null || !type.IsValueType && type != typeof(string)) return true;
            Error(node, $"'{path}' needs a value{Expected(type)}");
            return false;
        }
        type = underlying ?? type;

        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"'{path}' must be {Expected(type).TrimStart(',', ' ')}, got {Describe(node)}");
            return false;
        }
        string text = scalar.Value ?? string.Empty;
        var inv = CultureInfo.InvariantCulture;

        if (type == typeof(string))
        {
            value = text;
            return true;
        }
        if (type == typeof(int))
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, inv, out int i)) { value = i; return true; }
            return Fail(scalar, path, "a whole number, e.g. 14", text);
        }
        if (type == typeof(double))
        {
            if (double.TryParse(text, NumberStyles.Float, inv, out double d) && double.IsFinite(d)) { value = d; return true; }
            return Fail(scalar, path, "a number, e.g. 2.5", text);
        }
        if (type == typeof(decimal))
        {
            if (decimal.TryParse(text, NumberStyles.Float, inv, out decimal m)) { value = m; return true; }
            return Fail(scalar, path, "a number, e.g. 0.03", text);
        }
        if (type == typeof(bool))
        {
            if (text is "true" or "false") { value = text == "true"; return true; }
            return Fail(scalar, path, "true or false", text);
        }
        if (type == typeof(Timeframe))
        {
            if (Timeframe.TryParse(text, out var tf)) { value = tf; return true; }
            Error(scalar, SeriesValues.UnknownTimeframe(path, text));
            return false;
        }
        if (type.IsEnum)
        {
            var names = type.GetEnumNames().ToDictionary(SnakeCase.From, n => n, StringComparer.Ordinal);
            if (names.TryGetValue(text, out var name)) { value = Enum.Parse(type, name); return true; }
            Error(scalar, $"unknown {SnakeCase.From(type.Name).Replace('_', ' ')} '{text}' for '{path}'. Allowed: {string.Join(", ", names.Keys)}.{Suggest.Hint(text, names.Keys)}");
            return false;
        }
        throw new NotSupportedException($"Config binding does not support {type.Name} ({path}).");
    }

    private bool Fail(YamlScalarNode node, string path, string expected, string got)
    {
        Error(node, $"'{path}' must be {expected}, got '{got}'");
        return false;
    }

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(int)) return ", a whole number";
        if (type == typeof(double) || type == typeof(decimal)) return ", a number";
        if (type == typeof(string) || type == typeof(Timeframe) || type.IsEnum || type == typeof(bool)) return ", a single value";
        return ", a mapping";
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an alias",
    };
}
