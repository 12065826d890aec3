using YamlDotNet.RepresentationModel;

namespace Trader.Containers.Tests;

/// <summary>Walking a YAML tree by keys: <c>node.At("spec", "template")</c> is null where a key is missing.</summary>
public static class YamlPath
{
    public static YamlNode? At(this YamlNode? node, params string[] path)
    {
        foreach (var key in path)
            node = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        return node;
    }

    /// <summary>The scalar at the path, or null.</summary>
    public static string? Text(this YamlNode? node, params string[] path) => node.At(path) is YamlScalarNode s ? s.Value : null;

    /// <summary>The items of the sequence at the path (none if it is missing).</summary>
    public static IReadOnlyList<YamlNode> Items(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlSequenceNode list ? [.. list.Children] : [];

    /// <summary>The sequence of scalars at the path, as strings.</summary>
    public static IReadOnlyList<string> Words(this YamlNode? node, params string[] path) =>
        [.. node.Items(path).Select(item => item is YamlScalarNode s ? s.Value ?? "" : item.ToString())];
}
