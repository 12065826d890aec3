using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trader.Hosting.Config.Yaml;

/// <summary>
/// One mapping of a config file, e.g. <c>risk</c>, with the keys allowed in it. Reading reports problems
/// against the key's line; <see cref="CheckUnknownKeys"/> reports every key that is not allowed.
/// </summary>
internal sealed class YamlSection
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    private readonly Mark _missingAt;

    /// <param name="reader">Collects problems.</param>
    /// <param name="node">The mapping.</param>
    /// <param name="path">Dotted path from the root.</param>
    /// <param name="allowedKeys">Keys this mapping accepts.</param>
    /// <param name="missingAt">Where to report missing keys when the mapping itself is absent from the file; default its own start.</param>
    public YamlSection(ConfigReader reader, YamlMappingNode node, string path, IReadOnlyCollection<string> allowedKeys, Mark? missingAt = null)
    {
        _missingAt = missingAt ?? node.Start;
        Reader = reader;
        Node = node;
        Path = path;
        AllowedKeys = allowedKeys;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar) _entries[name] = (scalar, value);
            else reader.Error(key, $"keys under '{Path}' must be plain names, got {ConfigReader.Describe(key)}");
        }
    }

    public ConfigReader Reader { get; }

    public YamlMappingNode Node { get; }

    /// <summary>Dotted path of this mapping from the file root, e.g. <c>risk.stake</c>; empty at the root.</summary>
    public string Path { get; }

    public IReadOnlyCollection<string> AllowedKeys { get; }

    /// <summary>Dotted path of <paramref name="key"/>, e.g. <c>risk.stop_loss</c>.</summary>
    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The value node of <paramref name="key"/>, or null when the key is absent.</summary>
    public YamlNode? Value(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>
    /// The value of <paramref name="key"/> converted to <typeparamref name="T"/>; default when it is absent (reported
    /// as missing when <paramref name="required"/> is given) or cannot be converted (reported at its line).
    /// </summary>
    /// <param name="key">The key in this mapping.</param>
    /// <param name="required">What the key should hold, for the message when it is missing; null when it is optional.</param>
    public T? Get<T>(string key, string? required)
    {
        var node = Value(key);
        if (node is null)
        {
            if (required is not null) Missing(key, required);
            return default;
        }
        return Reader.TryConvert(node, typeof(T), PathOf(key), out var value) && value is not null ? (T)value : default;
    }

    /// <summary>Where to report a problem with <paramref name="key"/>: its value, or this mapping when it is absent.</summary>
    public Mark PositionOf(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value.Start : _missingAt;

    /// <summary>Reports a required key that is absent, at this mapping's position.</summary>
    public void Missing(string key, string hint) =>
        Reader.Error(_missingAt, $"missing required key '{PathOf(key)}'{(Path.Length == 0 ? "" : $" under '{Path}'")}: {hint}");

    /// <summary>Reports every key that is not in <see cref="AllowedKeys"/>, with a suggestion for near misses.</summary>
    public void CheckUnknownKeys()
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (AllowedKeys.Contains(name)) continue;
            string where = Path.Length == 0 ? "at the top level" : $"under '{Path}'";
            Reader.Error(key, $"unknown key '{name}' {where}. Allowed: {string.Join(", ", AllowedKeys)}.{Suggest.Hint(name, AllowedKeys)}");
        }
    }
}
