using YamlDotNet.RepresentationModel;

namespace Trader.Containers.Tests;

/// <summary>One document of a manifest file: its kind, name and tree.</summary>
public sealed record KubernetesResource(string File, string Kind, string Name, YamlNode Root)
{
    /// <summary>The pod template's spec of a Deployment, StatefulSet or CronJob (null for other kinds).</summary>
    public YamlNode? PodSpec => Kind switch
    {
        "Deployment" or "StatefulSet" => Root.At("spec", "template", "spec"),
        "CronJob" => Root.At("spec", "jobTemplate", "spec", "template", "spec"),
        _ => null,
    };

    public IReadOnlyList<YamlNode> Containers => PodSpec.Items("containers");
}

/// <summary>
/// The Kubernetes deployment in a repository folder as kustomize reads it: kustomization.yaml at the root (resources,
/// the strategies ConfigMap's files, the image) and the documents of every resource file it names.
/// </summary>
public sealed record KubernetesManifests(
    IReadOnlyList<string> ResourceFiles,
    IReadOnlyList<KubernetesResource> Resources,
    IReadOnlyList<string> StrategyFiles,
    string Image,
    YamlNode Kustomization)
{
    public const string KustomizationName = "kustomization.yaml";
    public const string StrategiesConfigMap = "trader-strategies";

    public static KubernetesManifests Load(string root)
    {
        var kustomization = LoadAll(Path.Combine(root, KustomizationName)).Single();
        var files = kustomization.Words("resources");
        var resources = files.Where(f => File.Exists(Path.Combine(root, f)))
            .SelectMany(f => LoadAll(Path.Combine(root, f)).Select(doc => new KubernetesResource(f, doc.Text("kind") ?? "", doc.Text("metadata", "name") ?? "", doc)))
            .ToList();
        var strategies = kustomization.Items("configMapGenerator")
            .Where(g => g.Text("name") == StrategiesConfigMap)
            .SelectMany(g => g.Words("files"))
            .ToList();
        var image = kustomization.Items("images").Select(i => i.Text("name")).FirstOrDefault() ?? "";
        return new KubernetesManifests(files, resources, strategies, image, kustomization);
    }

    private static IEnumerable<YamlNode> LoadAll(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return stream.Documents.Select(d => d.RootNode);
    }
}
