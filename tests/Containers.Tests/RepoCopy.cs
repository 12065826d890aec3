namespace Trader.Containers.Tests;

/// <summary>
/// A temp folder holding what the compose and Kubernetes checks and scripts/add-instance read: compose files, .env.example,
/// kustomization.yaml, config/, deploy/, scripts/add-instance.
/// </summary>
public sealed class RepoCopy : IDisposable
{
    private RepoCopy(string root) => Root = root;

    public string Root { get; }

    public string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static RepoCopy Create()
    {
        var root = Directory.CreateTempSubdirectory("trader-containers-").FullName;
        foreach (var name in new[] { ComposeChecks.ComposeName, ComposeChecks.LoopbackName, ComposeChecks.SwarmName, ".env.example", KubernetesManifests.KustomizationName })
            System.IO.File.Copy(Repo.File(name), Path.Combine(root, name));
        CopyFolder(Repo.File("config", "strategies"), Path.Combine(root, "config", "strategies"));
        CopyFolder(Repo.File("deploy", "kubernetes"), Path.Combine(root, "deploy", "kubernetes"));
        Directory.CreateDirectory(Path.Combine(root, "scripts"));
        System.IO.File.Copy(Repo.File("scripts", "add-instance"), Path.Combine(root, "scripts", "add-instance"));
        return new RepoCopy(root);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) System.IO.File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
