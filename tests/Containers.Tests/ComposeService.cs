using YamlDotNet.RepresentationModel;

namespace Trader.Containers.Tests;

/// <summary>One service of a compose file with its YAML merge keys (<c>&lt;&lt;: *anchor</c>) applied.</summary>
public sealed record ComposeService(string Name, IReadOnlyDictionary<string, YamlNode> Keys)
{
    /// <summary>entrypoint, as a list (the exec form or one string split on spaces).</summary>
    public IReadOnlyList<string> Entrypoint => Words("entrypoint");

    /// <summary>command, as a list.</summary>
    public IReadOnlyList<string> Command => Words("command");

    /// <summary>environment, from either the mapping or the KEY=VALUE list form.</summary>
    public IReadOnlyDictionary<string, string> Environment => Keys.GetValueOrDefault("environment") switch
    {
        YamlMappingNode map => map.Children.ToDictionary(e => Text(e.Key), e => Text(e.Value), StringComparer.Ordinal),
        YamlSequenceNode list => list.Children.Select(Text).Select(s => s.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal),
        _ => new Dictionary<string, string>(),
    };

    /// <summary>volumes in the short form HOST:CONTAINER[:MODE].</summary>
    public IReadOnlyList<string> Volumes => Keys.GetValueOrDefault("volumes") is YamlSequenceNode list ? [.. list.Children.Select(Text)] : [];

    /// <summary>The healthcheck's test (its words joined), or null.</summary>
    public string? HealthcheckTest =>
        Keys.GetValueOrDefault("healthcheck") is YamlMappingNode h && h.Children.TryGetValue(new YamlScalarNode("test"), out var test)
            ? test is YamlSequenceNode words ? string.Join(' ', words.Children.Select(Text)) : Text(test)
            : null;

    /// <summary>A scalar's value by its path of keys (e.g. "deploy", "resources", "limits", "cpus"), or null.</summary>
    public string? Scalar(string key, params string[] path) => Keys.GetValueOrDefault(key).Text(path);

    private IReadOnlyList<string> Words(string key) => Keys.GetValueOrDefault(key) switch
    {
        YamlSequenceNode list => [.. list.Children.Select(Text)],
        YamlScalarNode s => (s.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        _ => [],
    };

    private static string Text(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.ToString();
}
