using YamlDotNet.RepresentationModel;

namespace Trader.Containers.Tests;

/// <summary>A compose file read as plain YAML: its text, top-level keys and services (merge keys applied).</summary>
public sealed record ComposeFile(string Path, string Text, IReadOnlyList<string> TopLevelKeys, IReadOnlyDictionary<string, ComposeService> Services)
{
    private static readonly YamlScalarNode MergeKey = new("<<");

    public static ComposeFile Load(string path)
    {
        var text = File.ReadAllText(path);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var keys = root.Children.Keys.Select(k => ((YamlScalarNode)k).Value ?? "").ToList();
        var services = root.Children.TryGetValue(new YamlScalarNode("services"), out var s) && s is YamlMappingNode map
            ? map.Children.ToDictionary(
                e => ((YamlScalarNode)e.Key).Value ?? "",
                e => new ComposeService(((YamlScalarNode)e.Key).Value ?? "", Merge((YamlMappingNode)e.Value)),
                StringComparer.Ordinal)
            : new Dictionary<string, ComposeService>();
        return new ComposeFile(path, text, keys, services);
    }

    // YAML 1.1 merge keys, as Compose applies them: the mapping's own keys win, then each merged mapping's (itself merged).
    private static Dictionary<string, YamlNode> Merge(YamlMappingNode mapping)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (!key.Equals(MergeKey)) result[((YamlScalarNode)key).Value ?? ""] = value;
        }
        if (mapping.Children.TryGetValue(MergeKey, out var merged))
        {
            var sources = merged is YamlSequenceNode list ? list.Children.Cast<YamlMappingNode>() : [(YamlMappingNode)merged];
            foreach (var source in sources)
                foreach (var (key, value) in Merge(source))
                    result.TryAdd(key, value);
        }
        return result;
    }
}
